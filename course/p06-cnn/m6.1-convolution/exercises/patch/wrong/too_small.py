# expect: one pixel too small
def patch(image, row, col, size):
    block = []
    for r in range(row, row + size - 1):
        block.append(image[r][col:col + size - 1])
    return block
