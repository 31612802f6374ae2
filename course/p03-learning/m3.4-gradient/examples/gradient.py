# The gradient of the loss for the weight: by a nudge, and by the shortcut 2 × error × input.


def loss(x, target, w, b):  # the loss of one example
    error = x * w + b - target  # prediction − target
    return error * error  # the squared error


def nudge_gradient(x, target, w, b, nudge):  # the slope by nudging the weight
    change = loss(x, target, w + nudge, b) - loss(x, target, w, b)  # how much the loss moved
    return change / nudge  # divide by the nudge


def shortcut_gradient(x, target, w, b):  # the slope by the shortcut rule
    error = x * w + b - target  # prediction − target
    return 2 * error * x  # 2 × error × input


x, target, b = 2, 5, 0  # one example: input 2, target 5, and no bias
for w in [0.1, 1, 2.5, 3]:  # try a few weights
    by_nudge = nudge_gradient(x, target, w, b, 0.001)  # nudge the weight by 0.001
    by_rule = shortcut_gradient(x, target, w, b)  # the exact slope
    print(f"weight {w}: nudge says {round(by_nudge, 3)}, shortcut says {round(by_rule, 3)}")  # compare
