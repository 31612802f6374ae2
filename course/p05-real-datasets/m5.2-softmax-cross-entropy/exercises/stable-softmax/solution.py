import math  # math.exp(x) is e to the power x


def stable_softmax(scores):
    """Softmax that also works for scores like [1000, 1001]: take the biggest away first."""
    biggest = max(scores)  # the biggest score
    shifted = [s - biggest for s in scores]  # the biggest is now 0, the others below 0
    powers = [math.exp(s) for s in shifted]  # each power is 1 or less: never too big
    total = sum(powers)  # at least 1, so we never divide by 0
    return [p / total for p in powers]  # the same chances as plain softmax
