# expect: You left out the first link
def link_rates(x, w, target):
    error = x * w - target
    return [x, 1, 2 * error]


def loss_slope(x, w, target):
    r = link_rates(x, w, target)
    return r[1] * r[2]
