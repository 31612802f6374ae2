# expect: Return the text "yes" or "no" instead
import math


def how_sure(inputs, weights, b):
    total = b
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return 1 / (1 + math.exp(-total))


def decide(inputs, weights, b):
    return how_sure(inputs, weights, b) > 0.5


def park_today(sunny, friends_free, homework_left):
    return decide([sunny, friends_free, homework_left], [2, 1.5, -3], -2)
