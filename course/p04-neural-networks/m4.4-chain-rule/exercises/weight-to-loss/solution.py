def link_rates(x, w, target):
    """The rate of each link in weight → prediction → error → loss."""
    prediction = x * w  # forward: the neuron's guess
    error = prediction - target  # how far off it is
    return [x, 1, 2 * error]  # x for x × w, 1 for − target, 2 × error for error × error


def loss_slope(x, w, target):
    """The chain rule: multiply the three rates."""
    r = link_rates(x, w, target)
    return r[0] * r[1] * r[2]
