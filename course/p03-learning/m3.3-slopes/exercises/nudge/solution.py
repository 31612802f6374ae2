def curve(x):
    """Return the height of y = 3x² − 2x + 5 at x."""
    return 3 * x * x - 2 * x + 5  # each part, added up


def nudge_slope(x, nudge):
    """Return the slope of curve at x, by the nudge."""
    rise = curve(x + nudge) - curve(x)  # new height − old height
    return rise / nudge  # rise ÷ run, and the run is the nudge
