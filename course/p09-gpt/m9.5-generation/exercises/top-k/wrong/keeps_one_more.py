# expect: You kept one token too many
def top_k(chances, k):
    order = sorted(range(len(chances)), key=lambda i: -chances[i])
    kept = order[:k + 1]
    total = sum(chances[i] for i in kept)
    return [chances[i] / total if i in kept else 0.0 for i in range(len(chances))]
