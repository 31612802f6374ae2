def rise_over_run(x1, y1, x2, y2):
    """Return the slope of the line through (x1, y1) and (x2, y2): rise ÷ run.

    Example: rise_over_run(1, 2, 3, 6) goes 2 along and 4 up.
    """
    # Your code here
