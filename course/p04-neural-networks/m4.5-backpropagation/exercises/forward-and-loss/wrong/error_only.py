# expect: You returned the error
def forward_loss(x, target, w1, w2):
    return x * w1 * w2 - target
