# expect: You returned a list
def count_right(w1, w2, b, wants):
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    marks = []
    for i in range(4):
        x1, x2 = corners[i]
        says = 1 if x1 * w1 + x2 * w2 + b > 0 else 0
        marks.append(1 if says == wants[i] else 0)
    return marks
