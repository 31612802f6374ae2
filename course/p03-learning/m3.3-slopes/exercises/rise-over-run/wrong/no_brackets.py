# expect: should return
def rise_over_run(x1, y1, x2, y2):
    return y2 - y1 / x2 - x1
