def apply_filter(patch, kernel):
    """Multiply each pixel of patch by the weight on top of it, and return the sum of the products."""
    total = 0  # the running sum
    for r in range(len(kernel)):  # each row of the filter
        for c in range(len(kernel[0])):  # each column of the filter
            total = total + patch[r][c] * kernel[r][c]  # a pixel times the weight on top of it
    return total
