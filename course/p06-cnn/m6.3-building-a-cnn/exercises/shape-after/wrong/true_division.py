# expect: fraction
def shape_after(size, layers):
    for kind, n in layers:
        if kind == "conv":
            size = size - n + 1
        else:
            size = size / n
    return size
