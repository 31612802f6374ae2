def shift(grid, dx, dy):
    """Return a new grid: the picture moved dx to the right and dy down, zeros in the gaps."""
    rows = len(grid)  # how many rows
    cols = len(grid[0])  # how many pixels in each row
    new = []  # the shifted picture, built row by row
    for r in range(rows):  # every row of the new grid
        row = []
        for c in range(cols):  # every pixel in that row
            old_r = r - dy  # where this pixel came from
            old_c = c - dx
            if 0 <= old_r < rows and 0 <= old_c < cols:  # inside the old grid
                row.append(grid[old_r][old_c])
            else:  # it came from outside the picture: a gap
                row.append(0)
        new.append(row)
    return new
