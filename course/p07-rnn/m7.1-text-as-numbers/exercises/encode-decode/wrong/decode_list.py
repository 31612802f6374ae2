# expect: You returned a list of characters
def encode(text, vocab):
    return [vocab[ch] for ch in text]


def decode(ids, vocab):
    back = {}
    for ch in vocab:
        back[vocab[ch]] = ch
    return [back[i] for i in ids]
