import math


def apply_temperature(logits, t):
    """Divide every logit by the temperature t, then softmax: a list of chances."""
    # Your code here
