def train_in_batches(xs, ys, batch_size, epochs, lr):
    """Fit output = w * x + b by mini-batch gradient descent, starting at w = 0, b = 0.

    One update per batch; the items go in order (no shuffling). Return [w, b, losses], where
    losses holds each batch's mean squared error from before its update.
    """
    w, b = 0.0, 0.0  # start knowing nothing
    losses = []  # one mean loss per batch, so one per update
    for _ in range(epochs):  # one epoch = one pass over all the items
        for start in range(0, len(xs), batch_size):  # the start of each batch
            bx = xs[start:start + batch_size]  # this batch's inputs
            by = ys[start:start + batch_size]  # and their targets
            loss, gw, gb = 0.0, 0.0, 0.0  # totals over the batch
            for x, y in zip(bx, by):
                error = w * x + b - y  # output minus target
                loss += error * error  # squared error
                gw += 2 * error * x  # this item's gradient for w
                gb += 2 * error  # this item's gradient for b
            m = len(bx)  # the batch's real size: the last one may be smaller
            losses.append(loss / m)  # the batch's mean loss
            w = w - lr * gw / m  # one update, with the mean gradient
            b = b - lr * gb / m
    return [w, b, losses]
