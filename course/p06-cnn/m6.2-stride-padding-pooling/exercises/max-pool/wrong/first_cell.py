# expect: You kept the first number
def max_pool(grid, size=2):
    pooled = []
    for r in range(len(grid) // size):
        row = []
        for c in range(len(grid[0]) // size):
            row.append(grid[r * size][c * size])
        pooled.append(row)
    return pooled
