# expect: Positions count from 0
def flatten(grid):
    flat = []
    for row in grid:
        for value in row:
            flat.append(value)
    return flat


def flat_position(row, col, width):
    return row * width + col + 1
