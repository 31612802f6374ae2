# expect: You used 10 to the power
def perplexity(loss):
    return 10 ** loss
