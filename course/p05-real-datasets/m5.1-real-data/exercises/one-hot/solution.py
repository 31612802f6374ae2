def one_hot(label, classes=10):
    """Return a list of `classes` zeros with a single 1 at position `label`."""
    boxes = [0] * classes  # one box per class, all off
    boxes[label] = 1  # light up the box for this label
    return boxes
