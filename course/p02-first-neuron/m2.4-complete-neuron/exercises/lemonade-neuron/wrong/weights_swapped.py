# expect: The weights are in the wrong order
def relu_neuron(inputs, weights, b):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    total = total + b
    return max(0, total)


def cups_to_make(temperature, people, raining):
    return relu_neuron([temperature, people, raining], [0.25, 0.8, -10], -12)


def plan_week(days):
    return [cups_to_make(d[0], d[1], d[2]) for d in days]


def total_cups(days):
    return sum(plan_week(days))
