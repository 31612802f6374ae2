def encode(text, vocab):
    """Return the list of ids of the characters of text (vocab: character -> id)."""
    # Your code here


def decode(ids, vocab):
    """Return the text whose characters have these ids (vocab: character -> id)."""
    # Your code here
