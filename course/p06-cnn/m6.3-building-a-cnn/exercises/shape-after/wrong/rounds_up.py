# expect: Pooling rounded up
import math


def shape_after(size, layers):
    for kind, n in layers:
        if kind == "conv":
            size = size - n + 1
        else:
            size = math.ceil(size / n)
    return size
