# Early stopping from scratch: watch the validation loss, stop when it stops improving.
val_losses = [0.9, 0.6, 0.5, 0.55, 0.52, 0.58, 0.61]  # the loss on the validation set, per epoch
patience = 2  # how many epochs in a row without a new best we put up with

best = val_losses[0]  # after epoch 1, its loss is the best so far
best_epoch = 1  # and epoch 1 holds the best weights
waited = 0  # epochs since the last new best
print(f"epoch 1: loss {best}, the best so far")  # the first epoch
for epoch in range(2, len(val_losses) + 1):  # epoch 2, 3, ... (positions count from 0)
    loss = val_losses[epoch - 1]  # the loss after this epoch
    if loss < best:  # lower than ever: a new best
        best = loss  # remember the loss
        best_epoch = epoch  # and which epoch's weights to keep
        waited = 0  # start waiting again
        print(f"epoch {epoch}: loss {loss}, a new best, keep these weights")
    else:  # no progress
        waited = waited + 1  # one more epoch without a new best
        print(f"epoch {epoch}: loss {loss}, no new best, waited {waited} of {patience}")
        if waited == patience:  # out of patience
            print(f"stop after epoch {epoch}")  # the epochs after this never run
            break  # leave the loop
print(f"go back to the weights of epoch {best_epoch} (loss {best})")  # the best we saw
