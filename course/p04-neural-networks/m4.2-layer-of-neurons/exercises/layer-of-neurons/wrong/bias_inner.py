# expect: You added the bias once for every input
def layer_of_neurons(inputs, weights_list, biases):
    outputs = []
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j] + biases[i]
        outputs.append(total)
    return outputs
