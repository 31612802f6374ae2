def curve(x):
    """Return the height of y = 3x² − 2x + 5 at x."""
    # Your code here


def nudge_slope(x, nudge):
    """Return the slope of curve at x, by the nudge.

    Work out curve(x + nudge) − curve(x), then divide by the nudge.
    """
    # Your code here
