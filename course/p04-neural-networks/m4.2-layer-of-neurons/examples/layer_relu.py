# The same layer, with ReLU on every neuron's answer.


def relu(x):  # from lesson 2.3
    if x > 0:  # bigger than zero: keep it
        return x  # hand it back as it is
    return 0  # zero or negative: make it 0


def relu_layer(inputs, weights_list, biases):  # a layer of complete neurons
    outputs = []  # one answer per neuron
    for i in range(len(weights_list)):  # each neuron
        total = 0  # start this neuron's sum at zero
        for j in range(len(inputs)):  # each input
            total = total + inputs[j] * weights_list[i][j]  # add input times weight
        total = total + biases[i]  # its own bias
        out = relu(total)  # the activation comes last
        print(f"Neuron {i + 1}: sum {round(total, 4)}, ReLU gives {round(out, 4)}")  # both numbers
        outputs.append(out)  # keep the answer
    return outputs  # the list of answers


relu_layer([1, -3], [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], [0.1, 0.5, -0.2])  # inputs 1 and -3
