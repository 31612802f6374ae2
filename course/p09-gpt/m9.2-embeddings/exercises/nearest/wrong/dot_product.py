# expect: You ranked by the plain dot product
def nearest(table, vocab, ch, k):
    me = vocab.index(ch)
    pairs = []
    for j in range(len(vocab)):
        if j != me:
            pairs.append((sum(x * y for x, y in zip(table[me], table[j])), j))
    best = sorted(pairs, key=lambda p: -p[0])
    return [vocab[j] for _, j in best[:k]]
