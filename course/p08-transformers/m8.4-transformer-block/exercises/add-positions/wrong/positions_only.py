# expect: You returned only the position vectors
def add_positions(embeddings, positions):
    return [positions[t] for t in range(len(embeddings))]
