from fromzero.grading import Mistake, Probe

# The lesson's tables: tokens the, cat, dog, sat, and four places.
TOKENS = [[0.1, -0.5, 0.2], [0.9, 0.3, -0.2], [0.8, 0.4, -0.1], [-0.3, 0.7, 0.6]]
PLACES = [[0.2, 0, 0], [0, 0.2, 0], [0, 0, 0.2], [-0.2, 0, 0]]
SMALL = ([1, 0], [[1, 2], [3, 4]], [[0.5, 0], [0, 0.5], [1, 1]])


def _add(u, v):
    return [a + b for a, b in zip(u, v)]


def _random(rng):
    width, vocab, n = rng.randint(2, 4), rng.randint(3, 6), rng.randint(2, 4)

    def vec():
        return [round(rng.uniform(-2, 2), 1) for _ in range(width)]

    tokens = [vec() for _ in range(vocab)]
    places = [vec() for _ in range(n + rng.randint(1, 3))]
    return ([rng.randrange(vocab) for _ in range(n)], tokens, places)


def _shape(ids, tokens):
    n, width = len(ids), len(tokens[0])

    def check(got):
        if not isinstance(got, list) or not all(isinstance(r, list) for r in got):
            return "embed should return a list of vectors (a list of lists)."
        if len(got) != n:
            return f"Your list has {len(got)} vectors, but the text has {n} tokens. Make one per id."
        if any(len(r) != width for r in got):
            return (f"Each vector should keep its {width} numbers. Adding the place's row does not "
                    "make a vector longer: add the numbers in the same place, do not join the "
                    "lists.")
        return None

    return check


PROBES = [
    Probe(task=1, call="embed", args=(SMALL[0], SMALL[1], SMALL[2]), name="same shape as the text",
          check=_shape(SMALL[0], SMALL[1])),
    Probe(task=1, call="embed", args=SMALL, expect=[[3.5, 4], [1, 2.5]]),
    Probe(task=1, call="embed", args=([0, 1, 3], TOKENS, PLACES),
          name="the lesson's \"the cat sat\"",
          expect=[[0.3, -0.5, 0.2], [0.9, 0.5, -0.2], [-0.3, 0.7, 0.8]]),
    Probe(task=1, call="embed", args=([1, 1, 1], TOKENS, PLACES), name="cat three times"),
    Probe(task=1, call="embed", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda ids, t, p: [_add(t[i], p[0]) for i in ids],
            say="Every token got the row of place 0. The token in place 1 needs row 1 of the "
                "position table, and so on: use the place number, not 0."),
    Mistake(task=1, when=lambda ids, t, p: [t[i] + p[k] for k, i in enumerate(ids)],
            say="Each vector got longer: + on two lists joins them. Add the numbers in the same "
                "place, do not join the lists."),
    Mistake(task=1, when=lambda ids, t, p: [_add(t[i], p[k + 1]) for k, i in enumerate(ids)],
            say="Off by one: places count from 0, so the first token takes row 0 of the "
                "position table."),
    Mistake(task=1, when=lambda ids, t, p: [_add(t[i], p[i]) for i in ids],
            say="You picked the place's row with the token id. The row comes from where the "
                "token stands in the text: the first token takes row 0, the next row 1."),
    Mistake(task=1, when=lambda ids, t, p: [list(t[i]) for i in ids],
            say="You returned only the token rows. Add the row of each token's place too, or "
                "the network cannot tell the order."),
]
TOLERANCE = 1e-9
