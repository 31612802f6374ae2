# expect: which makes them smaller
def dropout(values, mask, rate):
    out = []
    for i in range(len(values)):
        if mask[i] == 1:
            out.append(values[i] * (1 - rate))
        else:
            out.append(0)
    return out
