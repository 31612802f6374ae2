def error_factor(x, learning_rate):
    """Return 1 − 2 × learning_rate × x × x: what each iteration multiplies the error by."""
    return 1 - 2 * learning_rate * x * x


def verdict(x, learning_rate):
    """Return "blows up", "bounces", "slow" or "good" for this input and learning rate."""
    f = error_factor(x, learning_rate)  # the factor for this example
    if abs(f) >= 1:  # the error grows (or never shrinks): divergence
        return "blows up"
    if f < 0:  # the error flips sign each time, but shrinks: overshooting
        return "bounces"
    if f > 0.9:  # the error shrinks by less than a tenth each time
        return "slow"
    return "good"  # the error shrinks fast, without flipping
