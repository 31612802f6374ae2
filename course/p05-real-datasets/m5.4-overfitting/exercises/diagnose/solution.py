def diagnose(train_acc, val_acc):
    """Return "underfitting", "overfitting" or "fine" (accuracies in percent, 0 to 100)."""
    if train_acc < 90:  # it has not even learned its own examples
        return "underfitting"
    gap = train_acc - val_acc  # how much better it is on the examples it trained on
    if gap > 10:  # much better on old examples than on new ones: it memorised
        return "overfitting"
    return "fine"  # good on its examples, and nearly as good on new ones
