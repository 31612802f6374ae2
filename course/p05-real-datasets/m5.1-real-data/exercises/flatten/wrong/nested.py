# expect: still lists inside your list
def flatten(grid):
    flat = []
    for row in grid:
        flat.append(row)
    return flat


def flat_position(row, col, width):
    return row * width + col
