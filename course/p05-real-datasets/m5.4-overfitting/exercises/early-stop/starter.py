def early_stop_epoch(val_losses, patience):
    """Return the best epoch (counting from 1) seen before patience runs out."""
    # Your code here
