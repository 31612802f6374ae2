def squared_error(prediction, target):
    """Return the squared error: (prediction − target) times itself."""
    error = prediction - target  # step 1: the error
    return error * error  # step 2: the error times itself
