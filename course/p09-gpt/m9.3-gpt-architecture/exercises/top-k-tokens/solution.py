import math


def top_k_tokens(logits, vocab, k):
    """The k most likely next tokens: softmax over all logits, then the best k, biggest first.

    Return a list of (token, chance) pairs.
    """
    biggest = max(logits)  # taking it away first keeps e^z from growing too big
    ups = [math.exp(z - biggest) for z in logits]  # e to each logit (all above 0)
    total = sum(ups)  # over the whole vocabulary
    chances = [u / total for u in ups]  # softmax: they add up to 1
    pairs = list(zip(vocab, chances))  # each token with its chance
    ranked = sorted(pairs, key=lambda pair: pair[1], reverse=True)  # biggest chance first
    return ranked[:k]  # keep the best k
