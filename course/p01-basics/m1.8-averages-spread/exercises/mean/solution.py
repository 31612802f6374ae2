def mean(values):
    """Return the mean of a list of numbers."""
    total = 0  # the pile starts empty
    for v in values:  # add each number to the pile
        total = total + v
    return total / len(values)  # share it out among all the numbers
