# expect: You divided only once
def log_count(x, base):
    return x / base


def doublings(start, target):
    weeks = 0
    while start < target:
        start = start * 2
        weeks = weeks + 1
    return weeks
