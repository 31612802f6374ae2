# expect: You only used the first input
def relu_neuron(inputs, weights, b):
    total = inputs[0] * weights[0] + b
    if total > 0:
        return total
    return 0


def cups_to_make(temperature, people, raining):
    return relu_neuron([temperature, people, raining], [0.8, 0.25, -10], -12)


def plan_week(days):
    return [cups_to_make(d[0], d[1], d[2]) for d in days]


def total_cups(days):
    return sum(plan_week(days))
