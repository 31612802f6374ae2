# expect: Did you make the empty list inside the loop?
def line_points(m, c, xs):
    for x in xs:
        ys = []
        ys.append(m * x + c)
    return ys


def first_points():
    return line_points(2, 0, [0, 1, 2, 3])
