# expect: not in order
import math


def top_k_tokens(logits, vocab, k):
    ups = [math.exp(z) for z in logits]
    chances = [u / sum(ups) for u in ups]
    best = sorted(chances, reverse=True)[:k]
    return [(t, p) for t, p in zip(vocab, chances) if p in best]
