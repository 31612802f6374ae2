# expect: there are no new rows
def pad(grid, p):
    new = []
    for row in grid:
        new.append([0] * p + row + [0] * p)
    return new
