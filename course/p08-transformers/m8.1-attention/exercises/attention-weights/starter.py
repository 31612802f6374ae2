import math  # math.exp(x) is e to the power x


def attention_weights(scores):
    """Return the softmax of the scores: one attention weight per word, adding up to 1."""
    # Your code here
