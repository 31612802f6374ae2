# expect: Did you forget the bias of 0.5?
def weighted_sum(inputs, weights):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total


def neuron_multi(inputs, weights, b):
    return weighted_sum(inputs, weights) + b


def try_it():
    return weighted_sum([5, 2, 8], [0.2, 0.5, 0.1])
