# expect: Use softmax on ALL the logits first
import math


def top_k_tokens(logits, vocab, k):
    best = sorted(zip(vocab, logits), key=lambda pair: pair[1], reverse=True)[:k]
    ups = [math.exp(z) for _, z in best]
    return [(t, u / sum(ups)) for (t, _), u in zip(best, ups)]
