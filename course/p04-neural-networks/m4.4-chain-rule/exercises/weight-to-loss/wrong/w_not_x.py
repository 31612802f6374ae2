# expect: That is the input x, not w
def link_rates(x, w, target):
    error = x * w - target
    return [w, 1, 2 * error]


def loss_slope(x, w, target):
    r = link_rates(x, w, target)
    return r[0] * r[1] * r[2]
