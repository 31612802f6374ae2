# expect: only on the top and the left
def pad(grid, p):
    width = len(grid[0]) + p
    new = []
    for _ in range(p):
        new.append([0] * width)
    for row in grid:
        new.append([0] * p + row)
    return new
