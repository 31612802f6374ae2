def rise_over_run(x1, y1, x2, y2):
    """Return the slope of the line through (x1, y1) and (x2, y2): rise ÷ run."""
    rise = y2 - y1  # how far up: new height − old height
    run = x2 - x1  # how far along: new x − old x
    return rise / run  # the slope
