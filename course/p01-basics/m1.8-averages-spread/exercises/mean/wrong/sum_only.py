# expect: That is the sum
def mean(values):
    total = 0
    for v in values:
        total = total + v
    return total
