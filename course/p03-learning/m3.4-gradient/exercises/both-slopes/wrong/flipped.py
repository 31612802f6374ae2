# expect: Both signs are flipped
def gradients(x, target, w, b):
    error = target - (x * w + b)
    return [2 * error * x, 2 * error]


def gradient_check(x, target, w, b, nudge):
    return 0
