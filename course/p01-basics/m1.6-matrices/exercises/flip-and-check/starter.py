def transpose(m):
    """Return m with its rows turned into columns. transpose([[1, 2, 3], [4, 5, 6]]) is [[1, 4], [2, 5], [3, 6]]."""
    # Your code here


def answer_size(a, b):
    """Return [rows, columns] of a × b, or None if a × b cannot be done."""
    # Your code here
