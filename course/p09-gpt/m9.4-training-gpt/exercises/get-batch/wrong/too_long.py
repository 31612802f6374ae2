# expect: one id too long
def get_batch(ids, block, starts):
    inputs = [ids[s:s + block + 1] for s in starts]
    targets = [ids[s + 1:s + block + 2] for s in starts]
    return inputs, targets
