def conv_stride(image, kernel, stride):
    """Slide `kernel` over `image` with no padding, jumping `stride` squares; return the map."""
    k = len(kernel)  # the kernel is k by k
    rows = (len(image) - k) // stride + 1  # places down: the size rule with no padding
    cols = (len(image[0]) - k) // stride + 1  # places across
    feature_map = []
    for r in range(rows):  # each row of places
        top = r * stride  # the kernel's top row in the image
        row = []
        for c in range(cols):  # each place in that row
            left = c * stride  # the kernel's left column in the image
            total = 0  # multiply and add
            for i in range(k):
                for j in range(k):
                    total = total + image[top + i][left + j] * kernel[i][j]
            row.append(total)
        feature_map.append(row)
    return feature_map
