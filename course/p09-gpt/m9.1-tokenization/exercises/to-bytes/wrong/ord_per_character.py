# expect: ord(ch) gives one number per character
def to_bytes(text):
    return [ord(ch) for ch in text]
