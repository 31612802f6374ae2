def data_loss(data, w):
    """Return the mean squared error of the neuron input × w over the examples."""
    total = 0  # running total of the squared errors
    for x, target in data:  # take each example apart: its input and its target
        error = x * w - target  # prediction − target
        total = total + error * error  # add this squared error
    return total / len(data)  # the mean, after the loop


def best_of(data, weights):
    """Return the weight in weights with the smallest data_loss (the first, on a tie)."""
    best = weights[0]  # the best weight so far
    best_loss = data_loss(data, best)  # and its loss
    for w in weights:  # try every weight
        loss = data_loss(data, w)  # its loss over all the examples
        if loss < best_loss:  # strictly better?
            best = w  # keep it
            best_loss = loss
    return best
