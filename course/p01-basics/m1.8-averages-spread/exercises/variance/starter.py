def variance(values):
    """Return the mean of the squared gaps from the mean. variance([2, 4, 9]) is about 8.6667."""
    # Your code here


def standard_deviation(values):
    """Return the square root of the variance."""
    # Your code here
