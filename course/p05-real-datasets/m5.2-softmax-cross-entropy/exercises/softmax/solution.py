import math  # math.exp(x) is e to the power x


def softmax(scores):
    """Return one chance per score: e^score divided by the total of all the e^scores."""
    powers = [math.exp(s) for s in scores]  # step 1: e to the power of each score
    total = 0  # step 2: add the powers up
    for p in powers:
        total = total + p
    return [p / total for p in powers]  # step 3: each power's share of the total
