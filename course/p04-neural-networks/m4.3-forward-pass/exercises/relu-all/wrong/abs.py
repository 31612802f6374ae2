# expect: ReLU does not make negative numbers positive
def relu_all(values):
    return [abs(x) for x in values]
