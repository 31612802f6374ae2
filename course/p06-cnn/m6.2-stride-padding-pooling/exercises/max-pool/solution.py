def max_pool(grid, size=2):
    """Return the pooled map: the biggest number of each size-by-size window, no overlaps."""
    rows = len(grid) // size  # how many windows fit down the grid
    cols = len(grid[0]) // size  # how many fit across
    pooled = []  # the answer, row by row
    for r in range(rows):  # each row of windows
        row = []  # the kept numbers in this row
        for c in range(cols):  # each window in the row
            window = []  # the numbers inside this window
            for i in range(size):  # rows of the window
                for j in range(size):  # columns of the window
                    window.append(grid[r * size + i][c * size + j])
            row.append(max(window))  # keep the biggest
        pooled.append(row)
    return pooled
