# expect: there is no extra batch
def count_batches(n, batch_size):
    return n // batch_size + 1
