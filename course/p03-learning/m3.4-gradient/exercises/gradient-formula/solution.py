def gradient(x, target, w, b):
    """Return the slope of the loss for the weight: 2 × error × input."""
    prediction = x * w + b  # the neuron's output
    error = prediction - target  # prediction − target
    return 2 * error * x  # the shortcut: 2 × error × input
