# expect: The last input is missing
def weighted_sum(inputs, weights):
    total = 0
    for i in range(len(inputs) - 1):
        total = total + inputs[i] * weights[i]
    return total


def neuron_multi(inputs, weights, b):
    return weighted_sum(inputs, weights) + b


def try_it():
    return neuron_multi([5, 2, 8], [0.2, 0.5, 0.1], 0.5)
