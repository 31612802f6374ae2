# Mini-batch gradient descent: fit output = w * x + b to 8 points, one update per batch.
import random  # only used to shuffle the items before each epoch

xs = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]  # the inputs
ys = [2 * x + 1 for x in xs]  # the targets follow y = 2x + 1 (the model does not know that)
w, b = 0.0, 0.0  # start knowing nothing
lr = 0.1  # the learning rate
batch_size = 3  # 8 items -> batches of 3, 3 and 2
rng = random.Random(0)  # seeded, so every run prints the same numbers

for epoch in range(1, 31):  # 30 epochs
    order = list(range(len(xs)))  # the positions 0 to 7
    rng.shuffle(order)  # a fresh order each epoch
    epoch_losses = []  # the mean loss of each batch in this epoch
    for start in range(0, len(order), batch_size):  # one batch at a time
        batch = order[start:start + batch_size]  # the positions in this batch
        loss, grad_w, grad_b = 0.0, 0.0, 0.0  # totals over the batch
        for i in batch:  # forward pass on every item of the batch, same w and b
            error = w * xs[i] + b - ys[i]  # output minus target
            loss += error * error  # this item's loss
            grad_w += 2 * error * xs[i]  # this item's gradient for w
            grad_b += 2 * error  # this item's gradient for b
        m = len(batch)  # the real size of this batch (the last one has 2)
        w -= lr * grad_w / m  # one update with the mean gradient for w
        b -= lr * grad_b / m  # and for b
        epoch_losses.append(loss / m)  # the batch's mean loss, from before the update
    if epoch in (1, 2, 5, 30):  # show a few epochs
        shown = ", ".join(f"{v:.4f}" for v in epoch_losses)  # each batch's loss, 4 decimals
        print(f"epoch {epoch:2}: batch losses {shown} -> w = {w:.3f}, b = {b:.3f}")
