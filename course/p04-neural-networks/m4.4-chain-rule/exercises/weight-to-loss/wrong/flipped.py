# expect: wrong sign
def link_rates(x, w, target):
    error = x * w - target
    return [x, 1, 2 * error]


def loss_slope(x, w, target):
    error = target - x * w
    return 2 * error * x
