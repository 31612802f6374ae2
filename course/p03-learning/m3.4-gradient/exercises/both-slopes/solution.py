def loss(x, target, w, b):
    """The squared error of one example."""
    error = x * w + b - target  # prediction − target
    return error * error


def gradients(x, target, w, b):
    """Return [slope for the weight, slope for the bias], by the shortcuts."""
    error = x * w + b - target  # prediction − target
    return [2 * error * x, 2 * error]  # weight first, then bias


def gradient_check(x, target, w, b, nudge):
    """Return the biggest gap between the nudged slopes and the shortcut slopes."""
    slope_w, slope_b = gradients(x, target, w, b)  # the shortcut slopes
    here = loss(x, target, w, b)  # the loss where we stand
    nudged_w = (loss(x, target, w + nudge, b) - here) / nudge  # nudge only the weight
    nudged_b = (loss(x, target, w, b + nudge) - here) / nudge  # nudge only the bias
    return max(abs(nudged_w - slope_w), abs(nudged_b - slope_b))  # the bigger gap
