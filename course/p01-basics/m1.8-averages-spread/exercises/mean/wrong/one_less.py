# expect: not one less
def mean(values):
    total = 0
    for v in values:
        total = total + v
    return total / (len(values) - 1)
