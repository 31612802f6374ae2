# expect: Is your return inside the loop?
def dot(a, b):
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
        return total


def bill(counts, prices):
    return dot(counts, prices)
