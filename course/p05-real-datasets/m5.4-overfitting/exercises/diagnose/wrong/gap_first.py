# expect: Ask about the training accuracy first
def diagnose(train_acc, val_acc):
    if train_acc - val_acc > 10:
        return "overfitting"
    if train_acc < 90:
        return "underfitting"
    return "fine"
