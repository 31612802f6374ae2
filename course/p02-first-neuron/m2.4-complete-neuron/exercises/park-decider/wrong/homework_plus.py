# expect: its weight is -3, not 3
import math


def how_sure(inputs, weights, b):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    total = total + b
    return 1 / (1 + math.exp(-total))


def decide(inputs, weights, b):
    if how_sure(inputs, weights, b) > 0.5:
        return "yes"
    return "no"


def park_today(sunny, friends_free, homework_left):
    return decide([sunny, friends_free, homework_left], [2, 1.5, 3], -2)
