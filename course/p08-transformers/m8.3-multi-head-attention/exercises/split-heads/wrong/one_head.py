# expect: You returned one head
def split_heads(vector, n_heads):
    size = len(vector) // n_heads
    return [vector[:size]]
