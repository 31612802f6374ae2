def mat_vec(m, v):
    """Return [row 1 of m · v, row 2 of m · v] for a 2 by 2 matrix m and a vector v of 2 numbers.

    mat_vec([[1, 2], [3, 4]], [5, 7]) is [19, 43].
    """
    # Your code here
