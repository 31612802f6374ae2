# expect: Off by one: the 1st word got the 2nd place
def add_positions(embeddings, positions):
    out = []
    for t in range(len(embeddings)):
        out.append([a + b for a, b in zip(embeddings[t], positions[t + 1])])
    return out
