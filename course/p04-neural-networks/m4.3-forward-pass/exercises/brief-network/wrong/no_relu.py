# expect: The hidden layers need ReLU
import math

W1 = [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]]
B1 = [0.1, 0.2, 0, 0.1]
W2 = [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]]
B2 = [0.5, 0.3, 0.2]


def layer(inputs, weights_list, biases):
    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights_list, biases)]


def hidden_layers(input_data):
    return layer(layer(input_data, W1, B1), W2, B2)


def neural_network(input_data):
    z = layer(hidden_layers(input_data), [[0.5, 0.4, 0.3]], [0.1])[0]
    return 1 / (1 + math.exp(-z))
