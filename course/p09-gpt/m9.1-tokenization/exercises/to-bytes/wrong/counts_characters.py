# expect: how many characters there are
def to_bytes(text):
    return len(text)
