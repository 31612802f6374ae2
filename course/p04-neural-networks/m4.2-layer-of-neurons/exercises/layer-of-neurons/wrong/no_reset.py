# expect: Set the running sum back to 0 for every neuron
def layer_of_neurons(inputs, weights_list, biases):
    outputs = []
    total = 0
    for i in range(len(weights_list)):
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        total = total + biases[i]
        outputs.append(total)
    return outputs
