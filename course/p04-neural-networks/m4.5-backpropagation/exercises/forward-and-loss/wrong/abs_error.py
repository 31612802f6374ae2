# expect: not the size of the error
def forward_loss(x, target, w1, w2):
    return abs(x * w1 * w2 - target)
