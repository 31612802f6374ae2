# expect: below 0.95
import math


def train_and_predict(train_x, train_y, test_x):
    w = [0.0, 0.0]
    b = 0.0
    for _ in range(200):
        for p, t in zip(train_x, train_y):
            s = 1 / (1 + math.exp(-(w[0] * p[0] + w[1] * p[1] + b)))
            g = 2 * (s - t) * s * (1 - s)
            w[0] -= 0.5 * g * p[0]
            w[1] -= 0.5 * g * p[1]
            b -= 0.5 * g
    return [1 if w[0] * p[0] + w[1] * p[1] + b > 0 else 0 for p in test_x]
