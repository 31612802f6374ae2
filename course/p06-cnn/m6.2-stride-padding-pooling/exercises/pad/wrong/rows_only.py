# expect: the rows did not get longer
def pad(grid, p):
    width = len(grid[0])
    new = []
    for _ in range(p):
        new.append([0] * width)
    for row in grid:
        new.append(row)
    for _ in range(p):
        new.append([0] * width)
    return new
