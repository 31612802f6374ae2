import math  # math.exp(x) is e to the power x; -math.inf is minus infinity


def causal_weights(scores):
    """Mask every score above the diagonal with minus infinity, then softmax each row."""
    # Your code here
