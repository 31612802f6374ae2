# expect: You used the new W2
import math


def sgd_step(params, point, target, lr):
    W1, b1, W2, b2 = params
    x, y = point
    H = len(W1)
    z = [W1[j][0] * x + W1[j][1] * y + b1[j] for j in range(H)]
    h = [max(0, v) for v in z]
    s = 1 / (1 + math.exp(-(sum(W2[j] * h[j] for j in range(H)) + b2)))
    g = 2 * (s - target) * s * (1 - s)
    W2 = [W2[j] - lr * g * h[j] for j in range(H)]
    gh = [g * W2[j] * (1 if z[j] > 0 else 0) for j in range(H)]
    return [[[W1[j][0] - lr * gh[j] * x, W1[j][1] - lr * gh[j] * y] for j in range(H)],
            [b1[j] - lr * gh[j] for j in range(H)], W2, b2 - lr * g]
