# expect: Use < rather than <=
def error(output, target):
    return output - target


def too_low(output, target):
    return error(output, target) <= 0
