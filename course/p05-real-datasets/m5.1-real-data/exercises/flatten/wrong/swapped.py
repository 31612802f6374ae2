# expect: You swapped row and column
def flatten(grid):
    flat = []
    for row in grid:
        for value in row:
            flat.append(value)
    return flat


def flat_position(row, col, width):
    return col * width + row
