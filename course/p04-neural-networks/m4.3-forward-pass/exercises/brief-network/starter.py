import math  # for math.exp, used by sigmoid

# The lesson's network. Layer 1: 4 neurons. Layer 2: 3 neurons. Output: 1 neuron.
W1 = [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]]
B1 = [0.1, 0.2, 0, 0.1]
W2 = [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]]
B2 = [0.5, 0.3, 0.2]
W3 = [[0.5, 0.4, 0.3]]
B3 = [0.1]


def hidden_layers(input_data):
    """Return layer 2's three outputs (both hidden layers use ReLU)."""
    # Your code here


def neural_network(input_data):
    """Return the network's one output: the output layer on hidden_layers, then sigmoid."""
    # Your code here
