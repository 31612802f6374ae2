def train_in_batches(xs, ys, batch_size, epochs, lr):
    """Fit output = w * x + b by mini-batch gradient descent, starting at w = 0, b = 0.

    One update per batch; the items go in order (no shuffling). Return [w, b, losses], where
    losses holds each batch's mean squared error from before its update.
    """
    # Your code here
