def loss(x, target, w):
    """Return the squared error of the neuron x × w against the target."""
    error = x * w - target  # prediction − target
    return error * error  # squared


def nudge_gradient(x, target, w, nudge):
    """Return the slope of the loss for the weight, by nudging the weight."""
    change = loss(x, target, w + nudge) - loss(x, target, w)  # new loss − old loss
    return change / nudge  # divided by the nudge
