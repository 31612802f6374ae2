# expect: The gap is train_acc − val_acc
def diagnose(train_acc, val_acc):
    if train_acc < 90:
        return "underfitting"
    if val_acc - train_acc > 10:
        return "overfitting"
    return "fine"
