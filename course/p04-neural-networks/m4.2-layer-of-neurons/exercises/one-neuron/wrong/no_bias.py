# expect: forget to add the bias
def neuron_output(inputs, weights, bias):
    total = 0
    for j in range(len(inputs)):
        total = total + inputs[j] * weights[j]
    return total
