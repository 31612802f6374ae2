# expect: overlap
def make_batches(items, batch_size):
    batches = []
    for k in range(len(items) // batch_size + 1):
        batches.append(items[k:k + batch_size])
    return batches
