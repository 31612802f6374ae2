def mean(values):
    """The fair share."""
    total = 0
    for v in values:
        total = total + v
    return total / len(values)


def variance(values):
    """The mean of the squared gaps from the mean."""
    m = mean(values)
    total = 0
    for v in values:
        total = total + (v - m) * (v - m)
    return total / len(values)


def standardise(values):
    """Return (each number − the mean) ÷ the standard deviation."""
    m = mean(values)  # worked out once, before the loop
    sd = variance(values) ** 0.5  # the standard deviation
    new = []  # the rescaled list
    for v in values:
        new.append((v - m) / sd)  # brackets: take away the mean first, then divide
    return new


def check(values):
    """Return [mean, variance] of the standardised list: about [0, 1]."""
    new = standardise(values)
    return [mean(new), variance(new)]
