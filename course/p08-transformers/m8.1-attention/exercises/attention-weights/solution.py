import math  # math.exp(x) is e to the power x


def attention_weights(scores):
    """Return the softmax of the scores: one attention weight per word, adding up to 1."""
    powers = [math.exp(s) for s in scores]  # step 1: e to the power of each score
    total = 0  # step 2: add the powers up
    for p in powers:
        total = total + p
    return [p / total for p in powers]  # step 3: each power's share of the total
