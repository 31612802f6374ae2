def error(output, target):
    """Return how far the output is from the target: output − target."""
    return output - target  # negative: too low, positive: too high


def too_low(output, target):
    """Return True if the output is below the target, else False."""
    return error(output, target) < 0  # a negative error means the output is too low
