# expect: You took ln of the loss
import math


def perplexity(loss):
    if loss == 0:
        return 0
    return math.log(loss)
