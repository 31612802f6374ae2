# expect: wrong sign
def slopes(x, target, w1, w2):
    hidden = x * w1
    error = target - hidden * w2
    g_out = 2 * error
    return [g_out * w2 * x, g_out * hidden]
