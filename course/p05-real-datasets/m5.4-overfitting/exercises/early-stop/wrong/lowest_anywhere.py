# expect: You picked the lowest loss in the whole list
def early_stop_epoch(val_losses, patience):
    best_epoch = 1
    for epoch in range(2, len(val_losses) + 1):
        if val_losses[epoch - 1] < val_losses[best_epoch - 1]:
            best_epoch = epoch
    return best_epoch
