# expect: Did you forget the 2?
def c_of(a, m):
    b = m * a
    return b * b


def rule_rate(a, m):
    b = m * a
    return m * b


def nudge_rate(a, m, h):
    return (c_of(a + h, m) - c_of(a, m)) / h
