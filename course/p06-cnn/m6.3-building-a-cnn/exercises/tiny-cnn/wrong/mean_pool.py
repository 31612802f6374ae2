# expect: Max pooling keeps the biggest
def cnn_forward(image, kernel, dense_w, dense_b):
    fmap = []
    for r in range(4):
        row = []
        for c in range(4):
            total = 0
            for i in range(3):
                for j in range(3):
                    total += image[r + i][c + j] * kernel[i][j]
            row.append(max(0, total))
        fmap.append(row)
    pooled = [[(fmap[r][c] + fmap[r][c + 1] + fmap[r + 1][c] + fmap[r + 1][c + 1]) / 4
               for c in (0, 2)] for r in (0, 2)]
    flat = [v for row in pooled for v in row]
    return [b + sum(x * w for x, w in zip(flat, ws)) for ws, b in zip(dense_w, dense_b)]
