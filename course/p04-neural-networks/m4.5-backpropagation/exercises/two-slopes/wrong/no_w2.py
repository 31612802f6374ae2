# expect: The slope for w1 is missing w2
def slopes(x, target, w1, w2):
    hidden = x * w1
    error = hidden * w2 - target
    g_out = 2 * error
    return [g_out * x, g_out * hidden]
