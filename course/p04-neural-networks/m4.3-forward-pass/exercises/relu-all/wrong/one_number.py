# expect: You returned one number
def relu_all(values):
    return max(0, max(values))
