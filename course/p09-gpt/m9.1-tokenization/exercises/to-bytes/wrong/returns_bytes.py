# expect: You returned a bytes object
def to_bytes(text):
    return text.encode("utf-8")
