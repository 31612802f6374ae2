# expect: Divide the summed slopes by the number of points
from fromzero import live


def train_line(xs, ys, epochs, lr):
    w, b = 0.0, 0.0
    for epoch in range(1, epochs + 1):
        slope_w, slope_b = 0.0, 0.0
        for x, y in zip(xs, ys):
            error = (w * x + b) - y
            slope_w += 2 * error * x
            slope_b += 2 * error
        w -= lr * slope_w
        b -= lr * slope_b
        live.log(step=epoch, loss=0)
    return [w, b]
