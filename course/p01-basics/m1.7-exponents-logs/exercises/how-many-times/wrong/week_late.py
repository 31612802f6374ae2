# expect: One week too many
def log_count(x, base):
    count = 0
    while x > 1:
        x = x / base
        count = count + 1
    return count


def doublings(start, target):
    weeks = 0
    while start <= target:
        start = start * 2
        weeks = weeks + 1
    return weeks
