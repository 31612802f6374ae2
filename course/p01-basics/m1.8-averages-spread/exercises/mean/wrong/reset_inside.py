# expect: Did you set the total to 0 inside the loop?
def mean(values):
    for v in values:
        total = 0
        total = total + v
    return total / len(values)
