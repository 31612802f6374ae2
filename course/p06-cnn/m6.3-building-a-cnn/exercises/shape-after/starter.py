def shape_after(size, layers):
    """Return the side length of a size x size image after every ("conv", k) and ("pool", p) step."""
    # Your code here
