# expect: Return a label, 1 or 0
import math


def predict(params, point):
    W1, b1, W2, b2 = params
    h = [max(0, W1[j][0] * point[0] + W1[j][1] * point[1] + b1[j]) for j in range(len(W1))]
    return 1 / (1 + math.exp(-(sum(W2[j] * h[j] for j in range(len(h))) + b2)))


def label(params, point):
    return predict(params, point)
