# expect: middle of the first and last numbers
def mean(values):
    return (values[0] + values[-1]) / 2
