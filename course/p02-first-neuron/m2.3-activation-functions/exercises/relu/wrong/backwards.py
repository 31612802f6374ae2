# expect: It is the other way round
def relu(x):
    if x < 0:
        return x
    return 0
