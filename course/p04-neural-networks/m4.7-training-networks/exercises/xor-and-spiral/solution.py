import math
import random


def train_and_predict(train_x, train_y, test_x):
    """2 inputs -> 16 ReLU neurons -> 1 sigmoid output, trained by backprop one point at a time."""
    rng = random.Random(0)  # fixed starting weights: the same run every time
    H = 16  # hidden neurons
    W1 = [[rng.gauss(0, 1), rng.gauss(0, 1)] for _ in range(H)]  # small random starts
    b1 = [rng.uniform(-1, 1) for _ in range(H)]
    W2 = [rng.gauss(0, 1) / math.sqrt(H) for _ in range(H)]
    b2 = 0.0
    lr = 0.5  # learning rate

    def forward(p):
        z = [W1[j][0] * p[0] + W1[j][1] * p[1] + b1[j] for j in range(H)]
        h = [v if v > 0 else 0.0 for v in z]  # ReLU
        s = 1 / (1 + math.exp(-(sum(W2[j] * h[j] for j in range(H)) + b2)))  # sigmoid
        return z, h, s

    order = list(range(len(train_x)))
    for _ in range(300):  # epochs
        rng.shuffle(order)  # a new order each epoch
        for k in order:
            p, t = train_x[k], train_y[k]
            z, h, s = forward(p)
            g = 2 * (s - t) * s * (1 - s)  # slope for the output's sum
            for j in range(H):
                gh = g * W2[j] * (1 if z[j] > 0 else 0)  # back along the old W2, through ReLU
                W2[j] -= lr * g * h[j]
                W1[j][0] -= lr * gh * p[0]
                W1[j][1] -= lr * gh * p[1]
                b1[j] -= lr * gh
            b2 -= lr * g
    return [1 if forward(p)[2] > 0.5 else 0 for p in test_x]
