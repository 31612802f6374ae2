# expect: You swapped the inputs and the targets
def get_batch(ids, block, starts):
    inputs = [ids[s + 1:s + block + 1] for s in starts]
    targets = [ids[s:s + block] for s in starts]
    return inputs, targets
