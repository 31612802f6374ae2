def top_k(chances, k):
    """Keep the k biggest chances, set the rest to 0, make the kept ones add up to 1."""
    order = sorted(range(len(chances)), key=lambda i: -chances[i])  # biggest first; ties stay in order
    kept = order[:k]  # the positions of the k biggest
    total = sum(chances[i] for i in kept)  # what the kept chances add up to
    return [chances[i] / total if i in kept else 0.0 for i in range(len(chances))]  # add up to 1
