# expect: You returned the three products
def dot3(a, b):
    return [a[0] * b[0], a[1] * b[1], a[2] * b[2]]
