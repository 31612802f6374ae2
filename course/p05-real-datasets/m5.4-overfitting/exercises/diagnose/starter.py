def diagnose(train_acc, val_acc):
    """Return "underfitting", "overfitting" or "fine" (accuracies in percent, 0 to 100)."""
    # Your code here
