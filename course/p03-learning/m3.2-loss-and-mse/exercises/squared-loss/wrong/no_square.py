# expect: Now multiply it by itself
def squared_error(prediction, target):
    return prediction - target
