# expect: You returned the epoch where training stopped
def early_stop_epoch(val_losses, patience):
    best = val_losses[0]
    waited = 0
    epoch = 1
    for epoch in range(2, len(val_losses) + 1):
        loss = val_losses[epoch - 1]
        if loss < best:
            best = loss
            waited = 0
        else:
            waited = waited + 1
            if waited == patience:
                break
    return epoch
