# expect: The sign is flipped
def rise_over_run(x1, y1, x2, y2):
    return (y1 - y2) / (x2 - x1)
