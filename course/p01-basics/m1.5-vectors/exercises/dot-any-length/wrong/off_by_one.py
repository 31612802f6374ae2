# expect: The last pair is missing
def dot(a, b):
    total = 0
    for i in range(len(a) - 1):
        total = total + a[i] * b[i]
    return total


def bill(counts, prices):
    return dot(counts, prices)
