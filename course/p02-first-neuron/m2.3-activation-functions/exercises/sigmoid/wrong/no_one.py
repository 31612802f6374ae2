# expect: forget to add 1
import math


def sigmoid(x):
    return 1 / math.exp(-x)


def squash_all(numbers):
    return [sigmoid(n) for n in numbers]
