def train(data, weight, learning_rate, epochs):
    """Train for some epochs and return the loss curve: each epoch's mean loss, in a list."""
    # Your code here
