# expect: The last corner (1, 1) is missing
def count_right(w1, w2, b, wants):
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    right = 0
    for i in range(3):
        x1, x2 = corners[i]
        says = 1 if x1 * w1 + x2 * w2 + b > 0 else 0
        if says == wants[i]:
            right = right + 1
    return right
