# expect: Check first that the sizes fit
def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def answer_size(a, b):
    return [len(a), len(b[0])]
