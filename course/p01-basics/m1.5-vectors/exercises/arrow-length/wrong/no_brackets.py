# expect: Mind the brackets
def dot(a, b):
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total


def length(v):
    return dot(v, v) ** 0.5


def alike(a, b):
    return dot(a, b) / length(a) * length(b)
