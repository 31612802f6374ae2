def layer_of_neurons(inputs, weights_list, biases):
    """Return a list: for each neuron i, the weighted sum of inputs and weights_list[i], plus biases[i]."""
    # Your code here
