# expect: You nudged the input
def loss(x, target, w):
    error = x * w - target
    return error * error


def nudge_gradient(x, target, w, nudge):
    return (loss(x + nudge, target, w) - loss(x, target, w)) / nudge
