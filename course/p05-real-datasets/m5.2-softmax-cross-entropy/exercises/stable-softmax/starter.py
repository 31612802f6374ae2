import math  # math.exp(x) is e to the power x


def stable_softmax(scores):
    """Softmax that also works for scores like [1000, 1001]: take the biggest away first."""
    # Your code here
