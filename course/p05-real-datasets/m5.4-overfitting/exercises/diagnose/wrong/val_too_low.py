# expect: check train_acc < 90, not val_acc
def diagnose(train_acc, val_acc):
    if val_acc < 90:
        return "underfitting"
    if train_acc - val_acc > 10:
        return "overfitting"
    return "fine"
