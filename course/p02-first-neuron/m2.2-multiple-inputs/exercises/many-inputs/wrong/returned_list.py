# expect: You returned the list of products
def weighted_sum(inputs, weights):
    products = []
    for i in range(len(inputs)):
        products.append(inputs[i] * weights[i])
    return products


def neuron_multi(inputs, weights, b):
    return sum(weighted_sum(inputs, weights)) + b


def try_it():
    return neuron_multi([5, 2, 8], [0.2, 0.5, 0.1], 0.5)
