# expect: You returned the label itself
def one_hot(label, classes=10):
    return label
