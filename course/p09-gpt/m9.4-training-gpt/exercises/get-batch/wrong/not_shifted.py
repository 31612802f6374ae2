# expect: Your targets are the same as your inputs
def get_batch(ids, block, starts):
    inputs = [ids[s:s + block] for s in starts]
    return inputs, inputs
