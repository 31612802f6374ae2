# expect: You took the output away from the target
def error(output, target):
    return target - output


def too_low(output, target):
    return error(output, target) > 0
