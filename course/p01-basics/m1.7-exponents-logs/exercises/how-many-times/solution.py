def log_count(x, base):
    """Return how many times x must be divided by base to reach 1."""
    count = 0  # no divisions yet
    while x > 1:  # keep going while x is still above 1
        x = x / base  # divide once more
        count = count + 1  # and count it
    return count  # the logarithm of x for this base


def doublings(start, target):
    """Return how many weeks of doubling until start is at least target."""
    weeks = 0  # no weeks yet
    while start < target:  # not tall enough yet
        start = start * 2  # one more week: the height doubles
        weeks = weeks + 1  # count the week
    return weeks
