# expect: The picture moved the wrong way
def shift(grid, dx, dy):
    rows = len(grid)
    cols = len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            old_r = r + dy
            old_c = c + dx
            if 0 <= old_r < rows and 0 <= old_c < cols:
                row.append(grid[old_r][old_c])
            else:
                row.append(0)
        new.append(row)
    return new
