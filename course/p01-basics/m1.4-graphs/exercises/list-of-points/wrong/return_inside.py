# expect: Is your return inside the loop?
def line_points(m, c, xs):
    ys = []
    for x in xs:
        ys.append(m * x + c)
        return ys
    return ys


def first_points():
    return line_points(2, 0, [0, 1, 2, 3])
