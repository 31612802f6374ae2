import math


def activate(x, name):
    """Return the activation called name ("sigmoid", "relu" or "leaky_relu") of x."""
    if name == "sigmoid":  # squash into 0 to 1
        return 1 / (1 + math.exp(-x))
    if name == "relu":  # keep positives, everything else becomes 0
        if x > 0:
            return x
        return 0
    if name == "leaky_relu":  # keep positives, shrink everything else to a tenth
        if x > 0:
            return x
        return x * 0.1
