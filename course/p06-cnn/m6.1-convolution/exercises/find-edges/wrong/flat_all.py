# expect: Then return an empty list
VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]


def convolve(image, kernel):
    kh, kw = len(kernel), len(kernel[0])
    out = []
    for r in range(len(image) - kh + 1):
        row = []
        for c in range(len(image[0]) - kw + 1):
            total = 0
            for i in range(kh):
                for j in range(kw):
                    total = total + image[r + i][c + j] * kernel[i][j]
            row.append(total)
        out.append(row)
    return out

def edge_strengths(image):
    m = convolve(image, VERTICAL)
    return [sum(abs(m[r][c]) for r in range(len(m))) for c in range(len(m[0]))]


def find_edges(image):
    s = edge_strengths(image)
    return [c for c in range(len(s)) if s[c] == max(s)]
