def transpose(m):
    """Return m with its rows turned into columns."""
    flipped = []  # the answer, one row at a time
    for c in range(len(m[0])):  # each column of m becomes a row
        new_row = []  # collect column c
        for r in range(len(m)):  # go down the rows of m
            new_row.append(m[r][c])  # take the number in column c
        flipped.append(new_row)
    return flipped


def answer_size(a, b):
    """Return [rows, columns] of a × b, or None if the sizes do not fit."""
    if len(a[0]) != len(b):  # each row of a must be as long as each column of b
        return None  # the sizes do not fit
    return [len(a), len(b[0])]  # a's rows and b's columns
