# expect: You swapped row and column
def patch(image, row, col, size):
    block = []
    for r in range(col, col + size):
        block.append(image[r][row:row + size])
    return block
