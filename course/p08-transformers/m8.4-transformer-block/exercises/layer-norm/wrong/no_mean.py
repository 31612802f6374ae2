# expect: You forgot to subtract the mean
import math


def layer_norm(values, eps=1e-5):
    n = len(values)
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    return [v / math.sqrt(variance + eps) for v in values]
