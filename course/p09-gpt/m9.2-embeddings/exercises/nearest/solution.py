import math


def cosine_similarity(a, b):
    """The dot product divided by both lengths: 1 means the same way, -1 opposite ways."""
    dot = sum(x * y for x, y in zip(a, b))  # multiply in pairs and add
    length_a = math.sqrt(sum(x * x for x in a))  # how long a is
    length_b = math.sqrt(sum(x * x for x in b))  # how long b is
    return dot / (length_a * length_b)


def nearest(table, vocab, ch, k):
    """Return the k other characters whose rows are most alike to ch's row (cosine similarity)."""
    me = vocab.index(ch)  # the token id of ch: its row number
    pairs = []  # (similarity, token id) for every other character
    for j in range(len(vocab)):
        if j != me:  # leave ch itself out
            pairs.append((cosine_similarity(table[me], table[j]), j))
    best = sorted(pairs, key=lambda p: -p[0])  # most alike first; ties keep vocabulary order
    return [vocab[j] for _, j in best[:k]]  # the first k, as characters
