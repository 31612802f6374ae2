def early_stop_epoch(val_losses, patience):
    """Return the best epoch (counting from 1) seen before patience runs out."""
    best = val_losses[0]  # epoch 1 is the best so far
    best_epoch = 1  # epochs count from 1
    waited = 0  # epochs since the last new best
    for epoch in range(2, len(val_losses) + 1):  # epoch 2, 3, ...
        loss = val_losses[epoch - 1]  # list positions count from 0
        if loss < best:  # a new best: remember it, stop waiting
            best = loss
            best_epoch = epoch
            waited = 0
        else:  # no better: wait one more epoch
            waited = waited + 1
            if waited == patience:  # out of patience: training stops here
                break
    return best_epoch  # we go back to this epoch's weights
