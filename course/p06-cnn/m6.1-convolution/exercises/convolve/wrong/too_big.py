# expect: fits in only
def convolve(image, kernel):
    feature_map = []
    for r in range(len(image)):
        row = []
        for c in range(len(image[0])):
            total = 0
            for i in range(len(kernel)):
                for j in range(len(kernel[0])):
                    if r + i < len(image) and c + j < len(image[0]):
                        total = total + image[r + i][c + j] * kernel[i][j]
            row.append(total)
        feature_map.append(row)
    return feature_map
