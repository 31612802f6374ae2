# expect: first appear
def build_vocab(text):
    chars = []
    for ch in text:
        if ch not in chars:
            chars.append(ch)
    vocab = {}
    for i in range(len(chars)):
        vocab[chars[i]] = i
    return vocab
