# expect: You added each vector up first
def dot3(a, b):
    return (a[0] + a[1] + a[2]) * (b[0] + b[1] + b[2])
