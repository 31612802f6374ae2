# A forward pass: each layer's outputs become the next layer's inputs.
import math  # for math.exp, used by sigmoid


def relu(x):  # from lesson 2.3
    return x if x > 0 else 0  # keep positives, the rest become 0


def sigmoid(x):  # from lesson 2.3
    return 1 / (1 + math.exp(-x))  # squash into 0 to 1


def layer(inputs, weights_list, biases, activation):  # one layer, from lesson 4.2
    outputs = []  # one answer per neuron
    for i in range(len(weights_list)):  # each neuron
        total = 0  # a fresh running sum
        for j in range(len(inputs)):  # each input
            total = total + inputs[j] * weights_list[i][j]  # input times weight
        total = total + biases[i]  # this neuron's bias
        outputs.append(activation(total))  # the activation comes last
    return outputs  # the layer's list


network = [  # each layer: its weights, its biases, its activation
    ([[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]], [0.1, 0.2, 0, 0.1], relu),  # 4 neurons
    ([[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]], [0.5, 0.3, 0.2], relu),  # 3
    ([[0.5, 0.4, 0.3]], [0.1], sigmoid),  # 1 output neuron
]  # the end of the list of layers

current = [2, 3]  # the network's inputs
print("Inputs:", current)  # show where we start
for k in range(len(network)):  # one turn per layer
    weights_list, biases, activation = network[k]  # this layer's parts
    current = layer(current, weights_list, biases, activation)  # outputs become the next inputs
    print(f"Layer {k + 1} output:", [round(x, 4) for x in current])  # show this layer's list
print("Network output:", round(current[0], 4))  # the one number at the end
