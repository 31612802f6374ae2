# expect: A gap has no minus sign
def loss(x, target, w, b):
    error = x * w + b - target
    return error * error


def gradients(x, target, w, b):
    error = x * w + b - target
    return [2 * error * x, 2 * error]


def gradient_check(x, target, w, b, nudge):
    slope_w, slope_b = gradients(x, target, w, b)
    here = loss(x, target, w, b)
    nudged_w = (loss(x, target, w + nudge, b) - here) / nudge
    nudged_b = (loss(x, target, w, b + nudge) - here) / nudge
    return max(nudged_w - slope_w, nudged_b - slope_b)
