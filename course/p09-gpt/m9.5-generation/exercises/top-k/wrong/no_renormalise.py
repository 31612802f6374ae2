# expect: forgot to renormalise
def top_k(chances, k):
    order = sorted(range(len(chances)), key=lambda i: -chances[i])
    kept = order[:k]
    return [chances[i] if i in kept else 0.0 for i in range(len(chances))]
