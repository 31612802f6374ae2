# expect: You set the count back to 0 inside the loop
def count_right(w1, w2, b, wants):
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]
    for i in range(4):
        right = 0
        x1, x2 = corners[i]
        says = 1 if x1 * w1 + x2 * w2 + b > 0 else 0
        if says == wants[i]:
            right = right + 1
    return right
