# expect: Did you forget the 2 in 2 × error?
def slopes(x, target, w1, w2):
    hidden = x * w1
    error = hidden * w2 - target
    g_w2 = error * hidden
    g_w1 = error * w2 * x
    return [g_w1, g_w2]
