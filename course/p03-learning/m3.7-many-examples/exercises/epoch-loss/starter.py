def epoch_loss(data, weight, learning_rate):
    """Run one epoch (one step after each example) and return the mean squared error seen.

    data is a list like [[2, 4], [3, 6]]: each example is [input, target].
    """
    # Your code here
