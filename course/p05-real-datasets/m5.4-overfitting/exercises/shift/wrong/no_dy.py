# expect: not up or down
def shift(grid, dx, dy):
    new = []
    for row in grid:
        cols = len(row)
        new_row = []
        for c in range(cols):
            if 0 <= c - dx < cols:
                new_row.append(row[c - dx])
            else:
                new_row.append(0)
        new.append(new_row)
    return new
