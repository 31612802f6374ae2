# Work out the points of the line y = 2 × x + 1, one x at a time.
m = 2  # how steep the line is
c = 1  # where it crosses the y-axis

points = []  # an empty list: the points go in here
for x in range(-2, 3):  # x takes the values -2, -1, 0, 1, 2
    y = m * x + c  # the rule of the line
    points.append((x, y))  # append adds the point (x, y) to the end of the list
    print("x =", x, "gives y =", y)  # show each step

print("All the points:", points)  # the whole list

# Check: each step right by 1 goes up by m.
print("Going from x = 0 to x = 1, y goes up by", (m * 1 + c) - (m * 0 + c))  # 2
