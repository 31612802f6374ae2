import math


def layer_norm(values, eps=1e-5):
    """Subtract the mean, divide by the standard deviation (with eps): a new list."""
    n = len(values)  # how many numbers this token has
    mean = sum(values) / n  # the average
    variance = sum((v - mean) ** 2 for v in values) / n  # the mean of the squared gaps
    std = math.sqrt(variance + eps)  # eps stops a divide-by-zero when all numbers are equal
    return [(v - mean) / std for v in values]  # centred on 0, spread about 1
