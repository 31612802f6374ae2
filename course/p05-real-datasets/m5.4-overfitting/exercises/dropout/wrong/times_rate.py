# expect: You multiplied the kept values by the rate
def dropout(values, mask, rate):
    out = []
    for i in range(len(values)):
        if mask[i] == 1:
            out.append(values[i] * rate)
        else:
            out.append(0)
    return out
