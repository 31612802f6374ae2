def error(output, target):
    """Return how far the output is from the target: output − target.

    Example: error(0.5, 0.8) works out 0.5 − 0.8. A negative answer means "too low".
    """
    # Your code here


def too_low(output, target):
    """Return True if the output is below the target, else False. Use error()."""
    # Your code here
