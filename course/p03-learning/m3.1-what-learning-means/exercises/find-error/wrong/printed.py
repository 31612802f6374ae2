# expect: None
def error(output, target):
    print(output - target)


def too_low(output, target):
    print(output < target)
