# The XOR network of lesson 4.1, run through the same loop over layers.


def relu(x):  # keep positives, the rest become 0
    return x if x > 0 else 0  # keep positives, the rest become 0


def same(x):  # no activation: hand the number back unchanged
    return x  # unchanged


def layer(inputs, weights_list, biases, activation):  # one layer
    outputs = []  # one answer per neuron
    for i in range(len(weights_list)):  # each neuron
        total = biases[i]  # start from the bias this time: the order of adding does not matter
        for j in range(len(inputs)):  # each input
            total = total + inputs[j] * weights_list[i][j]  # input times weight
        outputs.append(activation(total))  # the activation comes last
    return outputs  # the layer's list of answers


xor_network = [  # the XOR network as a list of layers
    ([[1, 1], [1, 1]], [0, -1], relu),  # hidden layer: neurons A and B
    ([[1, -2]], [0], same),  # output layer: A - 2 × B
]  # the end of the list

for x1, x2 in [(0, 0), (0, 1), (1, 0), (1, 1)]:  # all four corners
    current = [x1, x2]  # the inputs
    for weights_list, biases, activation in xor_network:  # each layer in turn
        current = layer(current, weights_list, biases, activation)  # pass the numbers on
    print(f"({x1}, {x2}) -> {current[0]}")  # XOR: 0, 1, 1, 0
