# expect: You added the bias once for every input
def neuron_output(inputs, weights, bias):
    total = 0
    for j in range(len(inputs)):
        total = total + inputs[j] * weights[j] + bias
    return total
