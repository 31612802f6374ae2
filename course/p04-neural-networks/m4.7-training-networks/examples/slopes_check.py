# The slopes backprop needs for sigmoid and ReLU, checked with a nudge.
import math  # for math.exp


def sigmoid(z):  # squash into 0 to 1
    return 1 / (1 + math.exp(-z))  # 1 ÷ (1 + e to the power −z)


def relu(z):  # keep positives
    return z if z > 0 else 0  # the rest become 0


h = 0.001  # a tiny nudge
for z in [-2, 0, 2]:  # a few places to check
    s = sigmoid(z)  # sigmoid of z
    rule = s * (1 - s)  # the shortcut: s × (1 − s)
    nudge = (sigmoid(z + h) - s) / h  # the nudge method
    print(f"sigmoid at {z}: rule {rule:.4f}, nudge {nudge:.4f}")  # they agree
for z in [-2, 2]:  # two places to check ReLU
    rule = 1 if z > 0 else 0  # ReLU's slope: 1 on the right, 0 on the left
    nudge = (relu(z + h) - relu(z)) / h  # the nudge method
    print(f"ReLU at {z}: rule {rule}, nudge {nudge:.4f}")  # they agree
