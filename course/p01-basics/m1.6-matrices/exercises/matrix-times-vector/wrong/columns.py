# expect: You used the columns of the matrix
def mat_vec(m, v):
    return [m[0][0] * v[0] + m[1][0] * v[1], m[0][1] * v[0] + m[1][1] * v[1]]
