# expect: Your windows overlap
def max_pool(grid, size=2):
    pooled = []
    for r in range(len(grid) - size + 1):
        row = []
        for c in range(len(grid[0]) - size + 1):
            window = []
            for i in range(size):
                for j in range(size):
                    window.append(grid[r + i][c + j])
            row.append(max(window))
        pooled.append(row)
    return pooled
