def pad(grid, p):
    """Return a new grid: `grid` with a border of p zeros on every side."""
    # Your code here
