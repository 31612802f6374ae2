# expect: Divide the change in c by the nudge h
def c_of(a, m):
    b = m * a
    return b * b


def rule_rate(a, m):
    b = m * a
    return m * (2 * b)


def nudge_rate(a, m, h):
    return c_of(a + h, m) - c_of(a, m)
