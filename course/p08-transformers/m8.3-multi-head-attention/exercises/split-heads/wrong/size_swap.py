# expect: pieces of n_heads numbers
def split_heads(vector, n_heads):
    return [vector[i:i + n_heads] for i in range(0, len(vector), n_heads)]
