# expect: A batch may hold at most 4 items
def make_batches(items, batch_size):
    batches = []
    for start in range(0, len(items), batch_size + 1):
        batches.append(items[start:start + batch_size + 1])
    return batches
