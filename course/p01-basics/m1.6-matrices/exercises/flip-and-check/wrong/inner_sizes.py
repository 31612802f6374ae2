# expect: Those are the two sizes that must match
def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def answer_size(a, b):
    if len(a[0]) != len(b):
        return None
    return [len(a[0]), len(b)]
