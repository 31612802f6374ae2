# expect: The hidden neurons need ReLU
import math


def predict(params, point):
    W1, b1, W2, b2 = params
    h = [W1[j][0] * point[0] + W1[j][1] * point[1] + b1[j] for j in range(len(W1))]
    return 1 / (1 + math.exp(-(sum(W2[j] * h[j] for j in range(len(h))) + b2)))


def label(params, point):
    return 1 if predict(params, point) > 0.5 else 0
