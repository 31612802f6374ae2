# expect: You changed w2 before working out the slope for w1
def train(x, target, w1, w2, lr, steps):
    for _ in range(steps):
        hidden = x * w1
        error = hidden * w2 - target
        w2 = w2 - lr * 2 * error * hidden
        w1 = w1 - lr * 2 * error * w2 * x
    return [w1, w2]
