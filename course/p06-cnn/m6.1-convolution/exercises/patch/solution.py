def patch(image, row, col, size):
    """Return the size × size block of image whose top-left corner is (row, col), as a list of rows."""
    block = []  # the rows of the patch
    for r in range(row, row + size):  # `size` rows, starting at row `row`
        block.append(image[r][col:col + size])  # `size` pixels of image row r, from column `col`
    return block
