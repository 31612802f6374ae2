# expect: You returned layer 1's outputs
W1 = [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]]
B1 = [0.1, 0.2, 0, 0.1]


def layer(inputs, weights_list, biases):
    return [sum(x * w for x, w in zip(inputs, row)) + b for row, b in zip(weights_list, biases)]


def hidden_layers(input_data):
    return [max(0, v) for v in layer(input_data, W1, B1)]


def neural_network(input_data):
    return 0.5
