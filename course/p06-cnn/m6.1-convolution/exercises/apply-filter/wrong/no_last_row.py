# expect: The last row is missing
def apply_filter(patch, kernel):
    total = 0
    for r in range(len(kernel) - 1):
        for c in range(len(kernel[0])):
            total = total + patch[r][c] * kernel[r][c]
    return total
