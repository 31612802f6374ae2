VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]  # left minus right: finds up-and-down edges


def convolve(image, kernel):
    """The convolution from the exercise before: the feature map as a list of rows."""
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
    """For each column of the VERTICAL feature map, the sum of abs(value) down the rows."""
    # Your code here


def find_edges(image):
    """The map columns with the biggest edge strength, left to right; [] if all are 0."""
    # Your code here
