# expect: Make one update per batch
def train_in_batches(xs, ys, batch_size, epochs, lr):
    w, b = 0.0, 0.0
    losses = []
    for _ in range(epochs):
        for x, y in zip(xs, ys):
            error = w * x + b - y
            losses.append(error * error)
            w = w - lr * 2 * error * x
            b = b - lr * 2 * error
    return [w, b, losses]
