# expect: You returned 2 numbers
def top_k(chances, k):
    best = sorted(chances, reverse=True)[:k]
    total = sum(best)
    return [c / total for c in best]
