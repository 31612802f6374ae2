def line_neuron(x1, x2, w1, w2, b):
    """Return 1 if x1 × w1 + x2 × w2 + b is above zero, else 0."""
    total = x1 * w1 + x2 * w2 + b  # the weighted sum plus the bias
    if total > 0:  # strictly above zero: the 1 side of the line
        return 1
    return 0  # zero or below: the 0 side
