# expect: Your chances came out as nan
import numpy as np


def stable_softmax(scores):
    powers = np.exp(np.array(scores, dtype=float))
    return list(powers / powers.sum())
