# expect: The two slopes are swapped
def gradients(x, target, w, b):
    error = x * w + b - target
    return [2 * error, 2 * error * x]


def gradient_check(x, target, w, b, nudge):
    return 0
