# Slide a 3 × 3 filter over a tiny picture, from scratch, and print every step.

ramp = [  # a 5 × 5 picture: brightness goes up by 1 to the right and by 1 down
    [1, 2, 3, 4, 5],
    [2, 3, 4, 5, 6],
    [3, 4, 5, 6, 7],
    [4, 5, 6, 7, 8],
    [5, 6, 7, 8, 9],
]
edge = [  # a 3 × 6 picture: dark (0) on the left, bright (10) on the right
    [0, 0, 0, 10, 10, 10],
    [0, 0, 0, 10, 10, 10],
    [0, 0, 0, 10, 10, 10],
]
vertical = [  # the filter: left column plus, middle ignored, right column minus
    [1, 0, -1],
    [1, 0, -1],
    [1, 0, -1],
]


def patch(image, row, col, size):
    """Cut out the size × size block whose top-left corner is (row, col)."""
    block = []  # the rows of the patch
    for r in range(row, row + size):  # `size` rows, starting at `row`
        block.append(image[r][col:col + size])  # `size` pixels of that row, from `col`
    return block


def apply_filter(block, kernel):
    """Multiply each pixel by the weight on top of it, and add all the products."""
    total = 0  # the running sum
    for r in range(len(kernel)):  # each row of the filter
        for c in range(len(kernel[0])):  # each column of the filter
            total = total + block[r][c] * kernel[r][c]  # one pixel × its weight
    return total


def convolve(image, kernel, show=False):
    """Slide the filter over every place, row by row; return the feature map."""
    k = len(kernel)  # the filter is k × k
    out_rows = len(image) - k + 1  # places down: image height − filter size + 1
    out_cols = len(image[0]) - k + 1  # places across: image width − filter size + 1
    feature_map = []  # the answer, one row at a time
    for r in range(out_rows):  # each place down
        row = []  # this row of the map
        for c in range(out_cols):  # each place across
            block = patch(image, r, c, k)  # the pixels under the filter
            value = apply_filter(block, kernel)  # multiply and add
            row.append(value)  # one number of the map
            if show:  # print the work, if asked
                print("  place row", r, "column", c, "patch", block, "->", value)
        feature_map.append(row)  # the row is done
    return feature_map


# Step 1: the filter on the top-left patch of the ramp, every product shown.
block = patch(ramp, 0, 0, 3)  # rows 0 to 2, columns 0 to 2
print("top-left patch:", block)
for r in range(3):  # one filter row at a time
    products = [block[r][c] * vertical[r][c] for c in range(3)]  # three pixel × weight pairs
    print("  filter row", r, "products", products, "row sum", sum(products))
print("sum of all 9 products:", apply_filter(block, vertical))

# Step 2: slide over the whole ramp. A smooth ramp gives the same number everywhere.
print("ramp:")
print("feature map:", convolve(ramp, vertical, show=True))

# Step 3: slide over the edge. Big numbers appear only where dark meets bright.
print("edge:")
edge_map = convolve(edge, vertical, show=True)
print("feature map:", edge_map)

# Step 4: the size of the map is image size − filter size + 1 along each side.
print("map size:", len(edge_map), "by", len(edge_map[0]), "for a", len(edge), "by", len(edge[0]), "picture")
print("a 28 × 28 digit would give", 28 - 3 + 1, "by", 28 - 3 + 1)
