def residual(x, fx):
    """Add the input x back to what the layer made, fx: one sum per number, as a new list."""
    # Your code here
