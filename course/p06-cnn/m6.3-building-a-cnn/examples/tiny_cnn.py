# A tiny CNN in plain Python: one 3x3 filter -> ReLU -> 2x2 max pool -> flatten -> dense.
image = [  # a 6 by 6 picture: a bright vertical bar (a "1")
    [0, 0, 1, 1, 0, 0],
    [0, 0, 1, 1, 0, 0],
    [0, 0, 1, 1, 0, 0],
    [0, 0, 1, 1, 0, 0],
    [0, 0, 1, 1, 0, 0],
    [0, 0, 1, 1, 0, 0],
]
kernel = [  # an edge filter: dark on the left, bright on the right
    [-1, 0, 1],
    [-1, 0, 1],
    [-1, 0, 1],
]
dense_w = [  # two output neurons, one weight for each of the 4 pooled numbers
    [0.5, 0.5, 0.5, 0.5],  # score 0 likes edges anywhere
    [-0.5, 0.2, -0.5, 0.2],  # score 1 likes them only on the right
]
dense_b = [0.1, -0.1]  # one bias per output neuron

side = len(image) - 3 + 1  # 6 - 3 + 1 = 4: the feature map is 4 by 4
fmap = []  # the feature map, row by row
for r in range(side):  # every place the filter can sit, top to bottom
    row = []  # one row of the map
    for c in range(side):  # left to right
        total = 0  # the weighted sum for this place
        for i in range(3):  # the 3 rows of the filter
            for j in range(3):  # the 3 columns of the filter
                total = total + image[r + i][c + j] * kernel[i][j]  # pixel times weight
        row.append(total)  # one number of the map
    fmap.append(row)  # the row is done
print("feature map:", fmap)  # big where the filter found its edge

fmap = [[max(0, v) for v in row] for row in fmap]  # ReLU: negatives become 0
print("after ReLU:", fmap)  # only the dark-to-bright edge is left

pooled = []  # max pooling, 2 by 2 windows
for r in range(0, side, 2):  # every second row
    row = []  # one row of the pooled map
    for c in range(0, side, 2):  # every second column
        window = [fmap[r][c], fmap[r][c + 1], fmap[r + 1][c], fmap[r + 1][c + 1]]  # 4 numbers
        row.append(max(window))  # keep the biggest
    pooled.append(row)  # the row is done
print("after pooling:", pooled)  # 2 by 2

flat = [v for row in pooled for v in row]  # flatten: rows end to end
print("flattened:", flat)  # 4 numbers

scores = []  # the dense layer
for weights, bias in zip(dense_w, dense_b):  # one output neuron at a time
    s = bias  # start from the bias
    for x, w in zip(flat, weights):  # every input with its weight
        s = s + x * w  # add input times weight
    scores.append(round(s, 4))  # one score (rounded so it prints neatly)
print("scores:", scores)  # softmax would turn these into chances
