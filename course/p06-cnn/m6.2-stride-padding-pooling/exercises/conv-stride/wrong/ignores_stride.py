# expect: moved 1 square at a time
def conv_stride(image, kernel, stride):
    k = len(kernel)
    out = []
    for top in range(len(image) - k + 1):
        row = []
        for left in range(len(image[0]) - k + 1):
            total = 0
            for i in range(k):
                for j in range(k):
                    total = total + image[top + i][left + j] * kernel[i][j]
            row.append(total)
        out.append(row)
    return out
