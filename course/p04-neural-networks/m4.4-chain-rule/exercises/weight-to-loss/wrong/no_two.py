# expect: Did you forget the 2?
def link_rates(x, w, target):
    error = x * w - target
    return [x, 1, error]


def loss_slope(x, w, target):
    r = link_rates(x, w, target)
    return r[0] * r[1] * r[2]
