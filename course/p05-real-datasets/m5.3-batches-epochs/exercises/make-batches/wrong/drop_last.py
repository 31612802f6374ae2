# expect: You dropped the last, smaller batch
def make_batches(items, batch_size):
    batches = []
    full = len(items) // batch_size
    for k in range(full):
        batches.append(items[k * batch_size:(k + 1) * batch_size])
    return batches
