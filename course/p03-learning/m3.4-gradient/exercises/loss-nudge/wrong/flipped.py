# expect: The sign is flipped
def loss(x, target, w):
    error = x * w - target
    return error * error


def nudge_gradient(x, target, w, nudge):
    return (loss(x, target, w) - loss(x, target, w + nudge)) / nudge
