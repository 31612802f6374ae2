def train(x, target, w1, w2, lr, steps):
    """Repeat: forward, both slopes (old weights), then both updates."""
    for _ in range(steps):  # one turn per training step
        hidden = x * w1  # forward
        error = hidden * w2 - target
        g_w2 = 2 * error * hidden  # slope for w2
        g_w1 = 2 * error * w2 * x  # slope for w1, with the old w2
        w1 = w1 - lr * g_w1  # now update both
        w2 = w2 - lr * g_w2
    return [w1, w2]
