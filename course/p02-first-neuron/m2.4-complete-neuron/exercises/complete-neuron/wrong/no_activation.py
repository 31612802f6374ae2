# expect: forget the activation function
def complete_neuron(inputs, weights, b, activation):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total + b
