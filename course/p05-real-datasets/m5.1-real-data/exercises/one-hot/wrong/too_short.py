# expect: one box too short
def one_hot(label, classes=10):
    boxes = []
    for k in range(1, classes):
        boxes.append(1 if k - 1 == label else 0)
    return boxes
