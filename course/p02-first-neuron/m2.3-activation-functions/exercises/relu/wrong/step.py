# expect: It does not turn it into 1
def relu(x):
    if x > 0:
        return 1
    return 0
