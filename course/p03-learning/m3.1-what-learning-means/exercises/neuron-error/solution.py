def neuron_error(inputs, weights, bias, target):
    """Return the neuron's error: its output minus the target."""
    total = 0  # the running sum starts at 0
    for i in range(len(inputs)):  # one turn for each input
        total = total + inputs[i] * weights[i]  # add this input times its weight
    output = total + bias  # add the bias once, after the loop
    return output - target  # the error: output − target
