# expect: That is average pooling
def max_pool(grid, size=2):
    pooled = []
    for r in range(len(grid) // size):
        row = []
        for c in range(len(grid[0]) // size):
            total = 0
            for i in range(size):
                for j in range(size):
                    total = total + grid[r * size + i][c * size + j]
            row.append(total / (size * size))
        pooled.append(row)
    return pooled
