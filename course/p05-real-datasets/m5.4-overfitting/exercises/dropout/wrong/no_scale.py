# expect: forgot to scale the kept ones
def dropout(values, mask, rate):
    out = []
    for i in range(len(values)):
        if mask[i] == 1:
            out.append(values[i])
        else:
            out.append(0)
    return out
