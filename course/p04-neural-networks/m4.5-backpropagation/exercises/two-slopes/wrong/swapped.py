# expect: the wrong way round
def slopes(x, target, w1, w2):
    hidden = x * w1
    error = hidden * w2 - target
    g_out = 2 * error
    return [g_out * hidden, g_out * w2 * x]
