import math  # math.exp(x) is e to the power x


def attend(query, vectors):
    """Return the output of attention: the vectors mixed by the softmax of their scores."""
    # Your code here
