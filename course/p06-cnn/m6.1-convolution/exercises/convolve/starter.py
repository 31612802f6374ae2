def convolve(image, kernel):
    """Slide kernel over image, row by row, and return the feature map as a list of rows."""
    # Your code here
