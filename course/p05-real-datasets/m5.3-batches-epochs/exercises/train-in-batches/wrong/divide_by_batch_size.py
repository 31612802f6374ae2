# expect: divide by len(batch)
def train_in_batches(xs, ys, batch_size, epochs, lr):
    w, b = 0.0, 0.0
    losses = []
    for _ in range(epochs):
        for start in range(0, len(xs), batch_size):
            bx = xs[start:start + batch_size]
            by = ys[start:start + batch_size]
            errors = [w * x + b - y for x, y in zip(bx, by)]
            losses.append(sum(e * e for e in errors) / batch_size)
            gw = sum(2 * e * x for e, x in zip(errors, bx)) / batch_size
            gb = sum(2 * e for e in errors) / batch_size
            w, b = w - lr * gw, b - lr * gb
    return [w, b, losses]
