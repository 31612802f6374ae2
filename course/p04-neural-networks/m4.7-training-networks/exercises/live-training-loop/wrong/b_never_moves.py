# expect: b never moved
from fromzero import live


def train_line(xs, ys, epochs, lr):
    w, b = 0.0, 0.0
    n = len(xs)
    for epoch in range(1, epochs + 1):
        slope_w = 0.0
        for x, y in zip(xs, ys):
            error = (w * x + b) - y
            slope_w += 2 * error * x
        w -= lr * slope_w / n
        live.log(step=epoch, loss=0)
    return [w, b]
