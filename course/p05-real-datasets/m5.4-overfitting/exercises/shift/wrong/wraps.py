# expect: came back on the other side
def shift(grid, dx, dy):
    rows = len(grid)
    cols = len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(grid[(r - dy) % rows][(c - dx) % cols])
        new.append(row)
    return new
