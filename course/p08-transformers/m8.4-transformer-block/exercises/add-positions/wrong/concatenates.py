# expect: do not join the lists
def add_positions(embeddings, positions):
    out = []
    for t in range(len(embeddings)):
        out.append(embeddings[t] + positions[t])
    return out
