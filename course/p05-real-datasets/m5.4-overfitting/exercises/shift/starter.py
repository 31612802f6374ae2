def shift(grid, dx, dy):
    """Return a new grid: the picture moved dx to the right and dy down, zeros in the gaps."""
    # Your code here
