# expect: You multiplied
def count_batches(n, batch_size):
    return n * batch_size
