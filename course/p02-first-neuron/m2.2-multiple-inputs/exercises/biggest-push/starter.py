def products(inputs, weights):
    """Return a list with each input times the weight at the same position."""
    # Your code here


def biggest_push(inputs, weights):
    """Return the position (0, 1, 2, ...) of the biggest product of an input and its weight.

    If two products are equally big, return the first position.
    """
    # Your code here
