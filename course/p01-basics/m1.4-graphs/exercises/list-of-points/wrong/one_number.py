# expect: Return the whole list
def line_points(m, c, xs):
    y = 0
    for x in xs:
        y = m * x + c
    return y


def first_points():
    return line_points(2, 0, [0, 1, 2, 3])
