def mean(values):
    """The fair share: sum divided by count."""
    total = 0
    for v in values:
        total = total + v
    return total / len(values)


def variance(values):
    """Return the mean of the squared gaps from the mean."""
    m = mean(values)  # step 1: the mean
    total = 0  # running total of squared gaps
    for v in values:
        gap = v - m  # step 2: this number's gap from the mean
        total = total + gap * gap  # step 3: square it and add it up
    return total / len(values)  # step 4: the mean of the squared gaps


def standard_deviation(values):
    """Return the square root of the variance."""
    return variance(values) ** 0.5  # the power 0.5 is the square root
