import math  # math.exp(x) is e to the power x


def softmax(scores):
    """Return one chance per score: e^score divided by the total of all the e^scores."""
    # Your code here
