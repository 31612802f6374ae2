def relu_all(values):
    """Return a new list: ReLU of each number in values."""
    out = []  # the new list
    for x in values:  # each number in turn
        if x > 0:  # above zero: keep it
            out.append(x)
        else:  # zero or below: 0
            out.append(0)
    return out
