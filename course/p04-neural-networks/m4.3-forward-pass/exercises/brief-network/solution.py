import math

W1 = [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]]
B1 = [0.1, 0.2, 0, 0.1]
W2 = [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]]
B2 = [0.5, 0.3, 0.2]
W3 = [[0.5, 0.4, 0.3]]
B3 = [0.1]


def relu(x):
    return x if x > 0 else 0


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def layer(inputs, weights_list, biases):
    """Weighted sum plus bias for each neuron."""
    outputs = []
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        outputs.append(total + biases[i])
    return outputs


def hidden_layers(input_data):
    h1 = [relu(v) for v in layer(input_data, W1, B1)]  # hidden layer 1, ReLU
    return [relu(v) for v in layer(h1, W2, B2)]  # hidden layer 2, ReLU


def neural_network(input_data):
    z = layer(hidden_layers(input_data), W3, B3)[0]  # the one output neuron's sum
    return sigmoid(z)  # squashed into 0 to 1
