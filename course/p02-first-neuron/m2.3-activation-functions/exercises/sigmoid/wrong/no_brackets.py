# expect: Divide 1 by all of it, with brackets
import math


def sigmoid(x):
    return 1 / 1 + math.exp(-x)


def squash_all(numbers):
    return [sigmoid(n) for n in numbers]
