def encode(text, vocab):
    """Return the list of ids of the characters of text (vocab: character -> id)."""
    ids = []  # the ids, in the order of the text
    for ch in text:  # every character
        ids.append(vocab[ch])  # look up its id
    return ids


def decode(ids, vocab):
    """Return the text whose characters have these ids (vocab: character -> id)."""
    back = {}  # the dictionary turned round: id -> character
    for ch in vocab:  # every character
        back[vocab[ch]] = ch  # its id points back to it
    out = ""  # the text, built one character at a time
    for i in ids:  # every id
        out = out + back[i]  # add its character
    return out
