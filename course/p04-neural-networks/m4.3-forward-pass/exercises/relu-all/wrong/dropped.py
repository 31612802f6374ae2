# expect: You dropped the negative numbers
def relu_all(values):
    out = []
    for x in values:
        if x > 0:
            out.append(x)
    return out
