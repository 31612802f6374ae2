def c_of(a, m):
    """The whole chain: b = m × a, then c = b × b."""
    b = m * a
    return b * b


def rule_rate(a, m):
    """The chain rule: (rate a to b) × (rate b to c)."""
    b = m * a  # where b is
    return m * (2 * b)  # m for the first link, 2 × b for the second


def nudge_rate(a, m, h):
    """The nudge: change in c divided by the nudge of a."""
    return (c_of(a + h, m) - c_of(a, m)) / h
