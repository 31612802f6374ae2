# expect: Did you forget the + 1
def convolve(image, kernel):
    feature_map = []
    for r in range(len(image) - len(kernel)):
        row = []
        for c in range(len(image[0]) - len(kernel[0])):
            total = 0
            for i in range(len(kernel)):
                for j in range(len(kernel[0])):
                    total = total + image[r + i][c + j] * kernel[i][j]
            row.append(total)
        feature_map.append(row)
    return feature_map
