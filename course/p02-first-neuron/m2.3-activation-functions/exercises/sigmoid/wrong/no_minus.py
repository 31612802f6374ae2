# expect: forget the minus sign
import math


def sigmoid(x):
    return 1 / (1 + math.exp(x))


def squash_all(numbers):
    return [sigmoid(n) for n in numbers]
