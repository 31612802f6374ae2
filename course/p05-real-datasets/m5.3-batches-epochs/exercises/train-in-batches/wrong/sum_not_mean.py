# expect: the update uses the mean
def train_in_batches(xs, ys, batch_size, epochs, lr):
    w, b = 0.0, 0.0
    losses = []
    for _ in range(epochs):
        for start in range(0, len(xs), batch_size):
            bx = xs[start:start + batch_size]
            by = ys[start:start + batch_size]
            errors = [w * x + b - y for x, y in zip(bx, by)]
            losses.append(sum(e * e for e in errors))
            w = w - lr * sum(2 * e * x for e, x in zip(errors, bx))
            b = b - lr * sum(2 * e for e in errors)
    return [w, b, losses]
