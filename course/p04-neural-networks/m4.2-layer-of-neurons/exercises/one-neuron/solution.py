def neuron_output(inputs, weights, bias):
    """Return the weighted sum of inputs and weights, plus the bias."""
    total = 0  # the running sum starts at zero
    for j in range(len(inputs)):  # visit every input
        total = total + inputs[j] * weights[j]  # add input times its weight
    return total + bias  # the bias, once, after the loop
