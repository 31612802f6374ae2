def slope_back(factors):
    """Return the slope 1, 2, ... steps back from the end: running products from the last factor."""
    # Your code here
