# expect: one box too early
def one_hot(label, classes=10):
    boxes = [0] * classes
    boxes[label - 1] = 1
    return boxes
