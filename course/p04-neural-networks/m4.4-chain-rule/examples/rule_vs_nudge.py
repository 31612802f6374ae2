# Check the chain rule against a nudge. b = m × a, then c = b × b.


def c_of(a, m):  # the whole chain, from a to c
    b = m * a  # first link
    return b * b  # second link


def rule_rate(a, m):  # the chain rule
    b = m * a  # where b is now
    rate_ab = m  # b = m × a moves m for each 1 that a moves
    rate_bc = 2 * b  # the shortcut rule for b × b
    return rate_ab * rate_bc  # multiply the links


def nudge_rate(a, m, h):  # the nudge method from Part 3
    return (c_of(a + h, m) - c_of(a, m)) / h  # change in c, divided by the nudge


m = 3  # keep m fixed
for a in [2, -1, 0.5]:  # a few places to check
    rule = rule_rate(a, m)  # the chain rule's answer
    nudge = nudge_rate(a, m, 0.001)  # the nudge's answer
    print(f"a = {a}: chain rule {round(rule, 4)}, nudge {round(nudge, 4)}")  # nearly equal
