# Cut a small dataset into mini-batches, count them, and shuffle before each epoch.
import random  # Python's random numbers: here, only to shuffle

labels = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]  # 10 items, saved sorted by class, like a file
batch_size = 4  # how many items go into one batch

full = len(labels) // batch_size  # full batches: divide, drop the part after the point
left = len(labels) % batch_size  # items left over after the full batches
count = full + (1 if left > 0 else 0)  # the left-overs make one more, smaller batch
print(f"{len(labels)} items, batch size {batch_size}: {full} full batches, {left} left over")
print(f"batches per epoch: {count}, updates in 10 epochs: {count * 10}")


def make_batches(items, size):
    """Cut items into batches of `size`, in order; the last one may be smaller."""
    batches = []  # the batches, in order
    for start in range(0, len(items), size):  # starts at 0, size, 2 * size, ...
        batches.append(items[start:start + size])  # the next `size` items, or what is left
    return batches


print("no shuffle:", make_batches(labels, batch_size))  # the first batch is all 0s

rng = random.Random(7)  # a seeded random maker: the same seed gives the same shuffles
for epoch in range(1, 3):  # two epochs
    order = labels[:]  # a copy, so the saved list stays as it is
    rng.shuffle(order)  # a new random order for every epoch
    print(f"epoch {epoch}:", make_batches(order, batch_size))  # mixed classes in each batch
