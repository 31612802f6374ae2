# A layer: every neuron gets the same inputs, each with its own weights and bias.


def layer_of_neurons(inputs, weights_list, biases):  # one list of weights per neuron
    outputs = []  # the layer's answers go here, one per neuron
    for i in range(len(weights_list)):  # outer loop: visit each neuron
        total = 0  # this neuron's running sum starts at zero
        for j in range(len(inputs)):  # inner loop: visit each input
            total = total + inputs[j] * weights_list[i][j]  # input j times neuron i's weight j
        total = total + biases[i]  # add this neuron's own bias, once
        outputs.append(total)  # keep the answer
        print(f"Neuron {i + 1}: {round(total, 4)}")  # show it
    return outputs  # the whole list


weights_list = [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]]  # neuron 1, neuron 2, neuron 3
biases = [0.1, 0.5, -0.2]  # one bias per neuron
result = layer_of_neurons([2, 3], weights_list, biases)  # inputs 2 and 3
print("Layer output:", [round(x, 4) for x in result])  # rounded for easy reading
