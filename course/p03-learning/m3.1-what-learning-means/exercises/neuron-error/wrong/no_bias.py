# expect: forget to add the bias
def neuron_error(inputs, weights, bias, target):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total - target
