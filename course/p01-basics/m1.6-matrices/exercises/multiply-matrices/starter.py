def matmul(a, b):
    """Return the matrix a × b as a list of rows.

    a has as many columns as b has rows.
    matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) is [[19, 22], [43, 50]].
    """
    # Your code here
