# expect: least likely
import math


def top_k_tokens(logits, vocab, k):
    ups = [math.exp(z) for z in logits]
    chances = [u / sum(ups) for u in ups]
    return sorted(zip(vocab, chances), key=lambda pair: pair[1])[:k]
