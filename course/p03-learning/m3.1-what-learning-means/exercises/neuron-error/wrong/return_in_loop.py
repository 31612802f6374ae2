# expect: return inside the loop
def neuron_error(inputs, weights, bias, target):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
        return total + bias - target
