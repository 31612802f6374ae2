# expect: You returned the list of products
def dot(a, b):
    products = []
    for i in range(len(a)):
        products.append(a[i] * b[i])
    return products


def bill(counts, prices):
    return sum(dot(counts, prices))
