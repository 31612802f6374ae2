def rule_rate(a, m):
    """Chain b = m × a, c = b × b. Return the rate from a to c by the chain rule."""
    # Your code here


def nudge_rate(a, m, h):
    """Return (c at a + h  minus  c at a) divided by h, for the same chain."""
    # Your code here
