import math


def perplexity(loss):
    """Return e to the power of the loss: how many tokens the model is as unsure between."""
    return math.exp(loss)  # e^loss undoes the ln inside the cross-entropy
