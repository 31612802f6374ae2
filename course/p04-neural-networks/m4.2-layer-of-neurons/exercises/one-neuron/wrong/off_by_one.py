# expect: The last input is missing
def neuron_output(inputs, weights, bias):
    total = 0
    for j in range(len(inputs) - 1):
        total = total + inputs[j] * weights[j]
    return total + bias
