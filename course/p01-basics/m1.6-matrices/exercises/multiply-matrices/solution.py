def matmul(a, b):
    """Return the matrix a × b as a list of rows."""
    answer = []  # the answer grid, one row at a time
    for r in range(len(a)):  # each row of a
        new_row = []  # a fresh row for the answer
        for c in range(len(b[0])):  # each column of b
            total = 0  # this cell is a dot product
            for k in range(len(b)):  # along row r of a, down column c of b
                total = total + a[r][k] * b[k][c]  # multiply the pair and add
            new_row.append(total)  # the cell is done
        answer.append(new_row)  # the row is done
    return answer
