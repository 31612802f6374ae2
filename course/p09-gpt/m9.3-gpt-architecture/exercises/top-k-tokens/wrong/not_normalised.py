# expect: These are e to the logits, not chances
import math


def top_k_tokens(logits, vocab, k):
    ups = [math.exp(z) for z in logits]
    return sorted(zip(vocab, ups), key=lambda pair: pair[1], reverse=True)[:k]
