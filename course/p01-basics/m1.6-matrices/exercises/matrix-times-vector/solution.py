def mat_vec(m, v):
    """Return each row of m dotted with v."""
    first = m[0][0] * v[0] + m[0][1] * v[1]  # row 1 with the vector
    second = m[1][0] * v[0] + m[1][1] * v[1]  # row 2 with the vector
    return [first, second]  # one answer per row
