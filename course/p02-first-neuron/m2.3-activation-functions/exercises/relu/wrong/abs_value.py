# expect: ReLU turns it into 0
def relu(x):
    return abs(x)
