import math


def apply_temperature(logits, t):
    """Divide every logit by the temperature t, then softmax: a list of chances."""
    scaled = [x / t for x in logits]  # small t makes the gaps bigger, big t makes them smaller
    ups = [math.exp(x) for x in scaled]  # e to the power of each new number
    total = sum(ups)  # add them all up
    return [u / total for u in ups]  # each one's share: the chances add up to 1
