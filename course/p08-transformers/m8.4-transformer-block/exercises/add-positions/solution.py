def add_positions(embeddings, positions):
    """Add to each word's vector the position vector of its place (row t for word t)."""
    out = []  # one new vector per word
    for t in range(len(embeddings)):  # t is the place: 0 for the 1st word, 1 for the 2nd ...
        word = embeddings[t]  # what the word is
        place = positions[t]  # where it stands
        out.append([a + b for a, b in zip(word, place)])  # add them number by number
    return out
