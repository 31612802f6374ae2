def epoch_loss(data, weight, learning_rate):
    """Run one epoch (one step after each example) and return the mean squared error seen."""
    total = 0  # the total loss of this epoch starts at 0
    for x, target in data:  # one example at a time
        error = x * weight - target  # prediction − target
        total = total + error * error  # add this example's loss
        weight = weight - learning_rate * 2 * error * x  # one step downhill
    return total / len(data)  # the mean loss of the epoch
