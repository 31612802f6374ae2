# The slopes backprop needs for sigmoid and ReLU, checked with a nudge.
import math  # for math.exp


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def relu(z):
    return z if z > 0 else 0


h = 0.001  # a tiny nudge
for z in [-2, 0, 2]:  # a few places to check
    s = sigmoid(z)
    rule = s * (1 - s)  # the shortcut: s × (1 − s)
    nudge = (sigmoid(z + h) - s) / h  # the nudge method
    print(f"sigmoid at {z}: rule {rule:.4f}, nudge {nudge:.4f}")
for z in [-2, 2]:
    rule = 1 if z > 0 else 0  # ReLU's slope: 1 on the right, 0 on the left
    nudge = (relu(z + h) - relu(z)) / h
    print(f"ReLU at {z}: rule {rule}, nudge {nudge:.4f}")
