def forward(inputs, layers):
    """Run inputs through the layers; ReLU on all but the last layer."""
    current = inputs  # the numbers flowing through the network
    for k in range(len(layers)):  # each layer, in order
        weights_list, biases = layers[k]  # this layer's parts
        outputs = []  # this layer's answers
        for i in range(len(weights_list)):  # each neuron
            total = 0  # fresh running sum
            for j in range(len(current)):  # each number coming in
                total = total + current[j] * weights_list[i][j]
            total = total + biases[i]  # its bias
            if k < len(layers) - 1:  # hidden layers use ReLU
                total = max(0, total)
            outputs.append(total)
        current = outputs  # the outputs feed the next layer
    return current  # the last layer's outputs
