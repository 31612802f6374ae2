def cnn_forward(image, kernel, dense_w, dense_b):
    """A 6x6 image -> 3x3 filter -> ReLU -> 2x2 max pool -> flatten -> dense. Return the scores."""
    k = len(kernel)  # the filter is k by k (here 3)
    side = len(image) - k + 1  # the feature map's side: 6 - 3 + 1 = 4
    fmap = []  # the feature map
    for r in range(side):  # every place the filter can sit
        row = []
        for c in range(side):
            total = 0  # the weighted sum at this place
            for i in range(k):
                for j in range(k):
                    total = total + image[r + i][c + j] * kernel[i][j]
            row.append(max(0, total))  # ReLU right away: negatives become 0
        fmap.append(row)
    pooled = []  # 2 by 2 max pooling
    for r in range(0, side - 1, 2):
        row = []
        for c in range(0, side - 1, 2):
            row.append(max(fmap[r][c], fmap[r][c + 1], fmap[r + 1][c], fmap[r + 1][c + 1]))
        pooled.append(row)
    flat = [v for row in pooled for v in row]  # rows end to end
    scores = []  # the dense layer
    for weights, bias in zip(dense_w, dense_b):  # one output at a time
        score = bias
        for x, w in zip(flat, weights):
            score = score + x * w
        scores.append(score)
    return scores
