# expect: Multiply each number by itself before adding
def length(v):
    return sum(v) ** 0.5


def alike(a, b):
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total / (length(a) * length(b))
