# expect: Your grid changed size
def shift(grid, dx, dy):
    new = []
    for row in grid:
        if dx >= 0:
            new.append([0] * dx + row)
        else:
            new.append(row + [0] * -dx)
    width = len(new[0])
    blank = [[0] * width for _ in range(abs(dy))]
    if dy >= 0:
        return blank + new
    return new + blank
