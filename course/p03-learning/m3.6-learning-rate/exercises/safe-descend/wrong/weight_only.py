# expect: Return a list of two things
import math


def safe_descend(x, target, weight, learning_rate, iterations):
    for i in range(iterations):
        error = x * weight - target
        weight = weight - learning_rate * 2 * error * x
        if not math.isfinite(weight):
            break
    return weight
