def dropout(values, mask, rate):
    """Return a new list: 0 where mask[i] is 0, values[i] / (1 - rate) where mask[i] is 1."""
    scale = 1 / (1 - rate)  # the kept ones make up for the dropped ones
    out = []  # the new outputs
    for i in range(len(values)):  # every position
        if mask[i] == 1:  # kept
            out.append(values[i] * scale)
        else:  # dropped: switched off
            out.append(0)
    return out
