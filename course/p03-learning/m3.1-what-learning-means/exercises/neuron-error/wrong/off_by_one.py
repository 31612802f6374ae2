# expect: Positions start at 0
def neuron_error(inputs, weights, bias, target):
    total = 0
    for i in range(1, len(inputs)):
        total = total + inputs[i] * weights[i]
    return total + bias - target
