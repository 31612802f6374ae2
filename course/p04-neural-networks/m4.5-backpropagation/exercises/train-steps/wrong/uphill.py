# expect: You added the step
def train(x, target, w1, w2, lr, steps):
    for _ in range(steps):
        hidden = x * w1
        error = hidden * w2 - target
        g_w2 = 2 * error * hidden
        g_w1 = 2 * error * w2 * x
        w1 = w1 + lr * g_w1
        w2 = w2 + lr * g_w2
    return [w1, w2]
