# expect: One too few
def log_count(x, base):
    count = 0
    while x > base:
        x = x / base
        count = count + 1
    return count


def doublings(start, target):
    weeks = 0
    while start < target:
        start = start * 2
        weeks = weeks + 1
    return weeks
