# expect: Epochs count from 1
def early_stop_epoch(val_losses, patience):
    best = val_losses[0]
    best_i = 0
    waited = 0
    for i in range(1, len(val_losses)):
        if val_losses[i] < best:
            best = val_losses[i]
            best_i = i
            waited = 0
        else:
            waited = waited + 1
            if waited == patience:
                break
    return best_i
