# expect: It should give back a list
from fromzero import live


def train_line(xs, ys, epochs, lr):
    w, b = 0.0, 0.0
    n = len(xs)
    loss = 0.0
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
    return loss / n
