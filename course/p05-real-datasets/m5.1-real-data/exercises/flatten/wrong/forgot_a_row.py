# expect: The last row is missing
def flatten(grid):
    flat = []
    for r in range(len(grid) - 1):
        for value in grid[r]:
            flat.append(value)
    return flat


def flat_position(row, col, width):
    return row * width + col
