# expect: Now turn it into a dictionary
def build_vocab(text):
    return sorted(set(text))
