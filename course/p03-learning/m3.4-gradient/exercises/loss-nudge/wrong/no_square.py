# expect: Multiply it by itself
def loss(x, target, w):
    return x * w - target


def nudge_gradient(x, target, w, nudge):
    return (loss(x, target, w + nudge) - loss(x, target, w)) / nudge
