# expect: You went down the columns
def flatten(grid):
    flat = []
    for c in range(len(grid[0])):
        for r in range(len(grid)):
            flat.append(grid[r][c])
    return flat


def flat_position(row, col, width):
    return row * width + col
