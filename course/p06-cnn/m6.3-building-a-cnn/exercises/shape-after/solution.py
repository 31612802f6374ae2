def shape_after(size, layers):
    """Return the side length of a size x size image after every ("conv", k) and ("pool", p) step."""
    for kind, n in layers:  # one step at a time, in order
        if kind == "conv":  # a k by k filter, no padding, stride 1
            size = size - n + 1  # it fits in size - k + 1 places
        else:  # max pooling with p by p windows, stride p
            size = size // n  # divide, and drop the part that does not fill a window
    return size  # the side after the last step
