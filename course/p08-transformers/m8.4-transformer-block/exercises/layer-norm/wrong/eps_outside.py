# expect: You added eps after the square root
import math


def layer_norm(values, eps=1e-5):
    n = len(values)
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    return [(v - mean) / (math.sqrt(variance) + eps) for v in values]
