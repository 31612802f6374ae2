# expect: Keep one of each character
def build_vocab(text):
    chars = sorted(text)
    vocab = {}
    for i in range(len(chars)):
        vocab[chars[i]] = i
    return vocab
