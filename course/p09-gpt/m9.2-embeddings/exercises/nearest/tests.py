import math

from fromzero.grading import Mistake, Probe

# A made-up table for "aeiTS.?": vowels alike, capitals alike, the two stops alike.
# T's row is long, so a plain dot product picks T for almost everything.
VOCAB = "aeiTS.?"
TABLE = [[1.0, 0.2, 0.0], [0.9, 0.3, 0.1], [0.8, 0.1, 0.3],
         [3.0, 3.0, 0.0], [0.2, 1.0, 0.1], [0.0, 0.1, 1.0], [0.1, 0.0, 0.9]]
TIES = ([[1, 0], [2, 0], [0, 1], [3, 0]], "wxyz", "y", 2)  # w, x and z tie with y at 0


def _cos(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


def _rank(table, vocab, ch, score):
    me = vocab.index(ch)
    pairs = [(score(table[me], table[j]), j) for j in range(len(vocab))]
    return pairs, me


def _with_self(table, vocab, ch, k):
    pairs, _ = _rank(table, vocab, ch, _cos)
    return [vocab[j] for _, j in sorted(pairs, key=lambda p: -p[0])[:k]]


def _by_dot(table, vocab, ch, k):
    pairs, me = _rank(table, vocab, ch, lambda a, b: sum(x * y for x, y in zip(a, b)))
    pairs = [p for p in pairs if p[1] != me]
    return [vocab[j] for _, j in sorted(pairs, key=lambda p: -p[0])[:k]]


def _least(table, vocab, ch, k):
    pairs, me = _rank(table, vocab, ch, _cos)
    pairs = [p for p in pairs if p[1] != me]
    return [vocab[j] for _, j in sorted(pairs, key=lambda p: p[0])[:k]]


def _ties_last(table, vocab, ch, k):
    pairs, me = _rank(table, vocab, ch, _cos)
    pairs = [p for p in pairs if p[1] != me]
    return [vocab[j] for _, j in sorted(pairs, reverse=True)[:k]]


def _random(rng):
    vocab = "abcdefgh"[: rng.randint(4, 8)]
    table = [[round(rng.uniform(-2, 2), 1) or 0.5 for _ in range(3)] for _ in vocab]
    return (table, vocab, rng.choice(vocab), rng.randint(1, 3))


PROBES = [
    Probe(task=1, call="nearest", args=([[1, 0], [0.9, 0.1], [0, 1]], "abc", "a", 1),
          expect=["b"]),
    Probe(task=1, call="nearest", args=(TABLE, VOCAB, "a", 2), name="the vowels of a",
          expect=["e", "i"]),
    Probe(task=1, call="nearest", args=(TABLE, VOCAB, ".", 1), name="the stop next to .",
          expect=["?"]),
    Probe(task=1, call="nearest", args=(TABLE, VOCAB, "S", 3)),
    Probe(task=1, call="nearest", args=TIES, name="a tie: vocabulary order", expect=["w", "x"]),
    Probe(task=1, call="nearest", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_with_self,
            say="Your list starts with the character itself. Its row always matches itself "
                "perfectly (similarity 1), so leave it out."),
    Mistake(task=1, when=_by_dot,
            say="You ranked by the plain dot product, so a long row (like T's) wins for "
                "everyone. Divide by both lengths: use cosine similarity."),
    Mistake(task=1, when=_least,
            say="These are the least alike characters. Sort so the biggest similarity comes "
                "first."),
    Mistake(task=1, when=_ties_last,
            say="On a tie, the character that comes first in vocab must go first. Sorting the "
                "(similarity, id) pairs in reverse puts the later one first; sort by the "
                "similarity alone, with key=lambda p: -p[0]."),
]
TOLERANCE = 1e-9
