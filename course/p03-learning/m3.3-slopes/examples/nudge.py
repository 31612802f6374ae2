# The slope of y = x × x at one point, by a tiny nudge, checked with the shortcut rule.


def curve(x):  # the curve y = x²
    return x * x  # x times itself


def nudge_slope(x, nudge):  # the slope of the curve at x
    height = curve(x)  # the height where we stand
    new_height = curve(x + nudge)  # the height a tiny step to the right
    rise = new_height - height  # how much the height changed
    slope = rise / nudge  # rise ÷ run, and the run is the nudge
    print(f"nudge {nudge}: rise {round(rise, 7)}, slope {round(slope, 4)}")  # show the steps
    return slope  # hand the slope back


x = 3  # where we stand on the curve
for nudge in [1, 0.1, 0.01, 0.001]:  # smaller and smaller nudges
    nudge_slope(x, nudge)  # each one gets closer to the true slope

shortcut = 2 * x  # the shortcut rule for x²: bring the 2 down, x to the power 1
print(f"Shortcut rule: 2 × {x} = {shortcut}")  # the exact slope
