# expect: like matrix multiplication
def apply_filter(patch, kernel):
    total = 0
    n = len(patch)
    for i in range(n):
        for j in range(n):
            for k in range(n):
                total = total + patch[i][k] * kernel[k][j]
    return total
