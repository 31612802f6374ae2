def train(data, weight, learning_rate, epochs):
    """Train for some epochs and return the loss curve: each epoch's mean loss, in a list."""
    curve = []  # one mean loss per epoch
    for epoch in range(epochs):  # the outer loop: epochs
        total = 0  # each epoch starts its total at 0
        for x, target in data:  # the inner loop: examples
            error = x * weight - target  # prediction − target
            total = total + error * error  # add this loss
            weight = weight - learning_rate * 2 * error * x  # one step downhill
        curve.append(total / len(data))  # this epoch's mean loss
    return curve  # the whole loss curve
