def to_bytes(text):
    """Return the UTF-8 byte values of text as a list of whole numbers (0 to 255)."""
    # Your code here
