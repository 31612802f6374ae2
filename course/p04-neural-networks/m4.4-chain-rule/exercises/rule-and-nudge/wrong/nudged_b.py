# expect: You nudged b, not a
def rule_rate(a, m):
    b = m * a
    return m * (2 * b)


def nudge_rate(a, m, h):
    b = m * a
    return ((b + h) * (b + h) - b * b) / h
