from fromzero import live


def train_line(xs, ys, epochs, lr):
    """Fit y = w * x + b to the points by gradient descent, logging the loss each epoch.

    Start from w = 0 and b = 0. Return [w, b].
    """
    # Your code here
