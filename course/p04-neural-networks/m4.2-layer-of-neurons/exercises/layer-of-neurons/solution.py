def layer_of_neurons(inputs, weights_list, biases):
    """Return one output per neuron: weighted sum plus that neuron's bias."""
    outputs = []  # one answer per neuron
    for i in range(len(weights_list)):  # each neuron
        total = 0  # a fresh running sum for this neuron
        for j in range(len(inputs)):  # each input
            total = total + inputs[j] * weights_list[i][j]  # neuron i's weight for input j
        outputs.append(total + biases[i])  # this neuron's own bias
    return outputs  # the layer's output
