# expect: vocab goes from characters to ids
def encode(text, vocab):
    return [vocab[ch] for ch in text]


def decode(ids, vocab):
    out = ""
    for i in ids:
        out = out + str(vocab.get(i, ""))
    return out
