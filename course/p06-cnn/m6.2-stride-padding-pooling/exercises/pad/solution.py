def pad(grid, p):
    """Return a new grid: `grid` with a border of p zeros on every side."""
    width = len(grid[0]) + 2 * p  # each row grows by p on the left and p on the right
    new = []  # the padded grid
    for _ in range(p):  # p rows of zeros on top
        new.append([0] * width)
    for row in grid:  # each old row, with zeros on both ends
        new.append([0] * p + list(row) + [0] * p)
    for _ in range(p):  # p rows of zeros at the bottom
        new.append([0] * width)
    return new
