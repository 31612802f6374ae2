def squared_error(prediction, target):
    """Return the squared error: (prediction − target) times itself.

    Example: squared_error(0.5, 0.8) finds the error 0.5 − 0.8, then multiplies it by itself.
    """
    # Your code here
