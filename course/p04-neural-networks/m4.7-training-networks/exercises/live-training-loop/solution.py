from fromzero import live


def train_line(xs, ys, epochs, lr):
    """Fit y = w * x + b to the points by gradient descent, logging the loss each epoch.

    Start from w = 0 and b = 0. Return [w, b].
    """
    w, b = 0.0, 0.0
    n = len(xs)
    for epoch in range(1, epochs + 1):
        slope_w, slope_b, loss = 0.0, 0.0, 0.0
        for x, y in zip(xs, ys):
            error = (w * x + b) - y
            loss += error * error
            slope_w += 2 * error * x
            slope_b += 2 * error
        w -= lr * slope_w / n
        b -= lr * slope_b / n
        live.log(step=epoch, loss=loss / n)
    return [w, b]
