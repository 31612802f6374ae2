def normalise(pixels, mean=0.0, std=1.0):
    """Return a new list: each pixel divided by 255, then minus mean, then divided by std."""
    # Your code here
