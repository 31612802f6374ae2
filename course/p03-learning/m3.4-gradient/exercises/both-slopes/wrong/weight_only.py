# expect: Only the weight was checked
def loss(x, target, w, b):
    error = x * w + b - target
    return error * error


def gradients(x, target, w, b):
    error = x * w + b - target
    return [2 * error * x, 2 * error]


def gradient_check(x, target, w, b, nudge):
    slope_w, slope_b = gradients(x, target, w, b)
    nudged_w = (loss(x, target, w + nudge, b) - loss(x, target, w, b)) / nudge
    return abs(nudged_w - slope_w)
