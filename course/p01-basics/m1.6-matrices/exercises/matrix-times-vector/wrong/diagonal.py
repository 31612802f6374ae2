# expect: Each answer needs the whole row
def mat_vec(m, v):
    return [m[0][0] * v[0], m[1][1] * v[1]]
