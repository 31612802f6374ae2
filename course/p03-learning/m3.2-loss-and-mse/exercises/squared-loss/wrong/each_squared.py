# expect: You squared each number on its own
def squared_error(prediction, target):
    return prediction * prediction - target * target
