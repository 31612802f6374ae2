# expect: one id for every character of the text
def encode(text, vocab):
    return [vocab[ch] for ch in sorted(set(text))]


def decode(ids, vocab):
    back = {}
    for ch in vocab:
        back[vocab[ch]] = ch
    return "".join(back[i] for i in ids)
