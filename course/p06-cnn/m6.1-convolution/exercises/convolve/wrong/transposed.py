# expect: turned on its side
def convolve(image, kernel):
    out_rows = len(image) - len(kernel) + 1
    out_cols = len(image[0]) - len(kernel[0]) + 1
    feature_map = []
    for c in range(out_cols):
        row = []
        for r in range(out_rows):
            total = 0
            for i in range(len(kernel)):
                for j in range(len(kernel[0])):
                    total = total + image[r + i][c + j] * kernel[i][j]
            row.append(total)
        feature_map.append(row)
    return feature_map
