# expect: You added the days up
def relu_neuron(inputs, weights, b):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    total = total + b
    return max(0, total)


def cups_to_make(temperature, people, raining):
    return relu_neuron([temperature, people, raining], [0.8, 0.25, -10], -12)


def plan_week(days):
    total = 0
    for day in days:
        total = total + cups_to_make(day[0], day[1], day[2])
    return total


def total_cups(days):
    return plan_week(days)
