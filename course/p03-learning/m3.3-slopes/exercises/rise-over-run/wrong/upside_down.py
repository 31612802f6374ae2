# expect: You divided the run by the rise
def rise_over_run(x1, y1, x2, y2):
    return (x2 - x1) / (y2 - y1)
