import math


def sgd_step(params, point, target, lr):
    """Forward, backward (all slopes with the old weights), then update everything."""
    W1, b1, W2, b2 = params
    x, y = point
    H = len(W1)
    z = [W1[j][0] * x + W1[j][1] * y + b1[j] for j in range(H)]  # hidden sums
    h = [max(0, v) for v in z]  # ReLU
    total = sum(W2[j] * h[j] for j in range(H)) + b2  # output's sum
    s = 1 / (1 + math.exp(-total))  # sigmoid
    g = 2 * (s - target) * s * (1 - s)  # loss -> output -> sum
    gh = [g * W2[j] * (1 if z[j] > 0 else 0) for j in range(H)]  # back along the OLD W2, through ReLU
    new_W1 = [[W1[j][0] - lr * gh[j] * x, W1[j][1] - lr * gh[j] * y] for j in range(H)]
    new_b1 = [b1[j] - lr * gh[j] for j in range(H)]
    new_W2 = [W2[j] - lr * g * h[j] for j in range(H)]
    new_b2 = b2 - lr * g
    return [new_W1, new_b1, new_W2, new_b2]
