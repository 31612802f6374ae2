# expect: dealt the numbers out like cards
def split_heads(vector, n_heads):
    return [vector[h::n_heads] for h in range(n_heads)]
