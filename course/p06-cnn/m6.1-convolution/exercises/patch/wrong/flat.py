# expect: one flat list
def patch(image, row, col, size):
    block = []
    for r in range(row, row + size):
        block.extend(image[r][col:col + size])
    return block
