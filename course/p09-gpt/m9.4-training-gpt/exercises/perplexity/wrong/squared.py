# expect: You squared the loss
def perplexity(loss):
    return loss ** 2
