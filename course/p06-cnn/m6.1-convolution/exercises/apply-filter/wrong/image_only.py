# expect: You added up the pixels alone
def apply_filter(patch, kernel):
    total = 0
    for r in range(len(kernel)):
        for c in range(len(kernel[0])):
            total = total + patch[r][c]
    return total
