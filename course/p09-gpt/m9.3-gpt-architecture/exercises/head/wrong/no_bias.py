# expect: You left out the biases
def head(hidden, W, b):
    return [sum(w * h for w, h in zip(row, hidden)) for row in W]
