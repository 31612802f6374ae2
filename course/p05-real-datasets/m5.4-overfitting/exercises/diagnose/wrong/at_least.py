# expect: use >, not >=
def diagnose(train_acc, val_acc):
    if train_acc < 90:
        return "underfitting"
    if train_acc - val_acc >= 10:
        return "overfitting"
    return "fine"
