# expect: You returned only the last neuron's output
def layer_of_neurons(inputs, weights_list, biases):
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        output = total + biases[i]
    return output
