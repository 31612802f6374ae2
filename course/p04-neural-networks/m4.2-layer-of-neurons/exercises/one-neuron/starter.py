def neuron_output(inputs, weights, bias):
    """Return the weighted sum of inputs and weights, plus the bias."""
    # Your code here
