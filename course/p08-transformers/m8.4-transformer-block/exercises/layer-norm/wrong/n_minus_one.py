# expect: divided the squared gaps by n − 1
import math


def layer_norm(values, eps=1e-5):
    n = len(values)
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / (n - 1)
    return [(v - mean) / math.sqrt(variance + eps) for v in values]
