# expect: You made only the first window
def get_batch(ids, block, starts):
    s = starts[0]
    return ids[s:s + block], ids[s + 1:s + block + 1]
