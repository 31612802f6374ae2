# expect: one too small
def shape_after(size, layers):
    for kind, n in layers:
        if kind == "conv":
            size = size - n
        else:
            size = size // n
    return size
