# expect: You rounded up
import math


def output_size(n, k, padding, stride):
    return math.ceil((n + 2 * padding - k) / stride) + 1
