# expect: Take its square root
def length(v):
    total = 0
    for x in v:
        total = total + x * x
    return total


def alike(a, b):
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total / (length(a) * length(b)) ** 0.5
