def length(v):
    """Return the length of the arrow v: the square root of v · v. length([3, 4]) is 5."""
    # Your code here


def alike(a, b):
    """Return a · b divided by (length of a × length of b): 1 same way, 0 square corner, −1 opposite."""
    # Your code here
