def fit(data):
    """Learn a weight and a bias from the examples [input, target] by gradient descent."""
    weight = 0  # start with no idea at all
    bias = 0
    learning_rate = 0.01  # small, safe steps
    for epoch in range(2000):  # many epochs: the loss curve goes flat long before the end
        for x, target in data:  # one step after each example
            error = x * weight + bias - target  # prediction − target
            weight = weight - learning_rate * 2 * error * x  # the weight's slope: 2 × error × input
            bias = bias - learning_rate * 2 * error  # the bias's slope: 2 × error
    return [weight, bias]  # what the neuron learned
