def to_bytes(text):
    """Return the UTF-8 byte values of text as a list of whole numbers (0 to 255)."""
    data = text.encode("utf-8")  # the text as bytes, the way a file stores it
    return list(data)  # one whole number per byte
