# expect: Return a list with one answer per number
import math


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def squash_all(numbers):
    for n in numbers:
        return sigmoid(n)
