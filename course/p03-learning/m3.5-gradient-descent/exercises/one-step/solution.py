def update(weight, gradient, learning_rate):
    """Return the new weight after one step of gradient descent."""
    step = learning_rate * gradient  # the size of the step
    return weight - step  # go the opposite way to the gradient: downhill
