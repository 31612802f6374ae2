# expect: Every id is 1 too big
def build_vocab(text):
    chars = sorted(set(text))
    vocab = {}
    for i in range(len(chars)):
        vocab[chars[i]] = i + 1
    return vocab
