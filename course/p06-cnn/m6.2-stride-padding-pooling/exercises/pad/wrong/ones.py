# expect: The border is made of ones
def pad(grid, p):
    width = len(grid[0]) + 2 * p
    new = []
    for _ in range(p):
        new.append([1] * width)
    for row in grid:
        new.append([1] * p + row + [1] * p)
    for _ in range(p):
        new.append([1] * width)
    return new
