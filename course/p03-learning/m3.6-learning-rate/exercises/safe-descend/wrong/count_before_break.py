# expect: The count is one too small
import math


def safe_descend(x, target, weight, learning_rate, iterations):
    count = 0
    for i in range(iterations):
        error = x * weight - target
        weight = weight - learning_rate * 2 * error * x
        if not math.isfinite(weight):
            break
        count = count + 1
    return [weight, count]
