def patch(image, row, col, size):
    """Return the size × size block of image whose top-left corner is (row, col), as a list of rows."""
    # Your code here
