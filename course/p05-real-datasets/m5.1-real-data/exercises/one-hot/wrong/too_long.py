# expect: one box too long
def one_hot(label, classes=10):
    boxes = []
    for k in range(classes + 1):
        boxes.append(1 if k == label else 0)
    return boxes
