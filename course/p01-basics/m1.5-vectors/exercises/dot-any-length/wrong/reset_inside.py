# expect: Did you set the total to 0 inside the loop?
def dot(a, b):
    for i in range(len(a)):
        total = 0
        total = total + a[i] * b[i]
    return total


def bill(counts, prices):
    return dot(counts, prices)
