# expect: Did you forget sigmoid?
def how_sure(inputs, weights, b):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total + b


def decide(inputs, weights, b):
    if how_sure(inputs, weights, b) > 0:
        return "yes"
    return "no"


def park_today(sunny, friends_free, homework_left):
    return decide([sunny, friends_free, homework_left], [2, 1.5, -3], -2)
