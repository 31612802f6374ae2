# expect: count from 0
def patch(image, row, col, size):
    block = []
    for r in range(row + 1, row + size + 1):
        block.append(image[r][col + 1:col + size + 1])
    return block
