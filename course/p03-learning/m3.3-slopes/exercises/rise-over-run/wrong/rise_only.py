# expect: That is only the rise
def rise_over_run(x1, y1, x2, y2):
    return y2 - y1
