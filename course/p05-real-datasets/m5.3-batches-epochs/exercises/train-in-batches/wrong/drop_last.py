# expect: You dropped the last, smaller batch
def train_in_batches(xs, ys, batch_size, epochs, lr):
    w, b = 0.0, 0.0
    losses = []
    full = len(xs) // batch_size
    for _ in range(epochs):
        for k in range(full):
            bx = xs[k * batch_size:(k + 1) * batch_size]
            by = ys[k * batch_size:(k + 1) * batch_size]
            errors = [w * x + b - y for x, y in zip(bx, by)]
            losses.append(sum(e * e for e in errors) / len(bx))
            w = w - lr * sum(2 * e * x for e, x in zip(errors, bx)) / len(bx)
            b = b - lr * sum(2 * e for e in errors) / len(bx)
    return [w, b, losses]
