# expect: jumped by its own size
def conv_stride(image, kernel, stride):
    k = len(kernel)
    out = []
    for top in range(0, len(image) - k + 1, k):
        row = []
        for left in range(0, len(image[0]) - k + 1, k):
            total = 0
            for i in range(k):
                for j in range(k):
                    total = total + image[top + i][left + j] * kernel[i][j]
            row.append(total)
        out.append(row)
    return out
