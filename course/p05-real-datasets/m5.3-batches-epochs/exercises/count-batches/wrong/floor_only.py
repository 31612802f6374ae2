# expect: You dropped the last, smaller batch
def count_batches(n, batch_size):
    return n // batch_size
