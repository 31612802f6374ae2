# expect: The pool steps did not change the size
def shape_after(size, layers):
    for kind, n in layers:
        if kind == "conv":
            size = size - n + 1
    return size
