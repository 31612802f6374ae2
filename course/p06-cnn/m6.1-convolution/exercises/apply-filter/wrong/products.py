# expect: Add them up and return one number
def apply_filter(patch, kernel):
    products = []
    for r in range(len(kernel)):
        for c in range(len(kernel[0])):
            products.append(patch[r][c] * kernel[r][c])
    return products
