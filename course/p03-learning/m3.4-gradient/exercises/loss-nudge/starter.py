def loss(x, target, w):
    """Return the squared error of the neuron x × w against the target."""
    # Your code here


def nudge_gradient(x, target, w, nudge):
    """Return the slope of the loss for the weight, by nudging the weight.

    Example: nudge_gradient(2, 5, 0.1, 0.001) should be close to -19.2.
    """
    # Your code here
