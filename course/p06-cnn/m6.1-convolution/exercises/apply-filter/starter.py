def apply_filter(patch, kernel):
    """Multiply each pixel of patch by the weight on top of it, and return the sum of the products."""
    # Your code here
