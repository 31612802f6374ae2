# expect: turned the filter around
def convolve(image, kernel):
    kh, kw = len(kernel), len(kernel[0])
    feature_map = []
    for r in range(len(image) - kh + 1):
        row = []
        for c in range(len(image[0]) - kw + 1):
            total = 0
            for i in range(kh):
                for j in range(kw):
                    total = total + image[r + i][c + j] * kernel[kh - 1 - i][kw - 1 - j]
            row.append(total)
        feature_map.append(row)
    return feature_map
