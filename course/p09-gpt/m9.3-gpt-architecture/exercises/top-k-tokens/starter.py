import math


def top_k_tokens(logits, vocab, k):
    """The k most likely next tokens: softmax over all logits, then the best k, biggest first.

    Return a list of (token, chance) pairs.
    """
    # Your code here
