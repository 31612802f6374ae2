def build_vocab(text):
    """Return a dictionary from each different character of text to its id (sorted, from 0)."""
    chars = sorted(set(text))  # one of each character, in sorted order
    vocab = {}  # character -> id
    for i in range(len(chars)):  # every position in the sorted list
        vocab[chars[i]] = i  # the position is the id
    return vocab
