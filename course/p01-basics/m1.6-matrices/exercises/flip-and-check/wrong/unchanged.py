# expect: The matrix came back unchanged
def transpose(m):
    return m


def answer_size(a, b):
    if len(a[0]) != len(b):
        return None
    return [len(a), len(b[0])]
