# expect: You dropped the minus sign
def error(output, target):
    return abs(output - target)


def too_low(output, target):
    return output < target
