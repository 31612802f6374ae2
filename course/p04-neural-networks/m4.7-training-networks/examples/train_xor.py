# Train a network from scratch on XOR-shaped points: 2 inputs -> 6 ReLU neurons -> 1 sigmoid.
import math  # for math.exp
import random  # for made-up points and starting weights

rng = random.Random(2)  # a fixed seed: the same run every time


def make_points(n):  # points in -1..1; label 1 when exactly one of x, y is positive
    points, labels = [], []  # two empty lists to fill
    while len(points) < n:  # until we have n points
        x, y = rng.uniform(-1, 1), rng.uniform(-1, 1)  # a random point
        if abs(x) < 0.1 or abs(y) < 0.1:  # skip points too close to the axes
            continue  # try again
        points.append([x, y])  # keep the point
        labels.append(1 if (x > 0) != (y > 0) else 0)  # XOR of "x is positive", "y is positive"
    return points, labels  # the points and their labels


def sigmoid(z):  # squash into 0 to 1
    return 1 / (1 + math.exp(-z))  # 1 ÷ (1 + e to the power −z)


H = 6  # hidden neurons
W1 = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(H)]  # 2 weights per hidden neuron
b1 = [rng.uniform(-0.5, 0.5) for _ in range(H)]  # one bias per hidden neuron
W2 = [rng.uniform(-1, 1) for _ in range(H)]  # the output neuron's weights
b2 = 0.0  # the output neuron's bias


def forward(p):  # the forward pass for one point
    z = [W1[j][0] * p[0] + W1[j][1] * p[1] + b1[j] for j in range(H)]  # hidden sums
    h = [max(0, v) for v in z]  # ReLU
    out = sigmoid(sum(W2[j] * h[j] for j in range(H)) + b2)  # the chance of label 1
    return z, h, out  # sums, hidden outputs, and the output


train_x, train_y = make_points(60)  # points to learn from
test_x, test_y = make_points(40)  # held-out points, never trained on
lr = 0.5  # learning rate
for epoch in range(1, 101):  # 100 passes over the training points
    total = 0  # the loss, added up over this epoch
    for p, t in zip(train_x, train_y):  # one point at a time
        z, h, out = forward(p)  # forward pass for this point
        total += (out - t) ** 2  # squared error
        g_sum = 2 * (out - t) * out * (1 - out)  # chain rule: loss -> sigmoid -> output's sum
        for j in range(H):  # each hidden neuron in turn
            g_h = g_sum * W2[j] * (1 if z[j] > 0 else 0)  # back through W2, then ReLU's slope
            W2[j] -= lr * g_sum * h[j]  # output weight j
            W1[j][0] -= lr * g_h * p[0]  # hidden weights
            W1[j][1] -= lr * g_h * p[1]  # (the second weight)
            b1[j] -= lr * g_h  # hidden bias
        b2 -= lr * g_sum  # output bias
    if epoch % 20 == 0:  # every 20 epochs
        print(f"epoch {epoch}: mean loss {total / len(train_x):.4f}")  # it goes down

right = 0  # accuracy on the held-out points
for p, t in zip(test_x, test_y):  # each held-out point
    label = 1 if forward(p)[2] > 0.5 else 0  # above one half means label 1
    right += 1 if label == t else 0  # count the right ones
print(f"held-out accuracy: {right} of {len(test_x)} = {right / len(test_x):.2f}")  # the share that is right
