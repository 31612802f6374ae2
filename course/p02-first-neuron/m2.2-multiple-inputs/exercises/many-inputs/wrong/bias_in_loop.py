# expect: You added the bias once for each input
def weighted_sum(inputs, weights):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total


def neuron_multi(inputs, weights, b):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i] + b
    return total


def try_it():
    return neuron_multi([5, 2, 8], [0.2, 0.5, 0.1], 0.5)
