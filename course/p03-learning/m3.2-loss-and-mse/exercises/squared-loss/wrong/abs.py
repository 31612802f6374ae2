# expect: You dropped the minus sign
def squared_error(prediction, target):
    return abs(prediction - target)
