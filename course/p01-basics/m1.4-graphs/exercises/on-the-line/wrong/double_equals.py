# expect: == is too strict for floats
def on_line(m, c, x, y):
    return m * x + c == y


def crosses_x_axis(m, c):
    return -c / m
