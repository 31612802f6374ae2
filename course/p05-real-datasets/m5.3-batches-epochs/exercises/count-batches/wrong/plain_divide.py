# expect: Use // to count whole batches
def count_batches(n, batch_size):
    return n / batch_size
