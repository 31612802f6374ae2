# expect: Every id is 1 too big
def encode(text, vocab):
    return [vocab[ch] + 1 for ch in text]


def decode(ids, vocab):
    back = {}
    for ch in vocab:
        back[vocab[ch]] = ch
    return "".join(back[i - 1] for i in ids)
