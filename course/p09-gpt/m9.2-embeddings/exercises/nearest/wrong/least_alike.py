# expect: These are the least alike characters
import math


def nearest(table, vocab, ch, k):
    me = vocab.index(ch)
    pairs = []
    for j in range(len(vocab)):
        if j != me:
            a, b = table[me], table[j]
            dot = sum(x * y for x, y in zip(a, b))
            size = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
            pairs.append((dot / size, j))
    best = sorted(pairs)
    return [vocab[j] for _, j in best[:k]]
