from fromzero.grading import Mistake, Probe

LESSON = ([[1, 0.5], [0, 1], [0.5, -0.5]], [[1, 0], [0, 0], [0, 1], [-1, 0]])
SHORT = ([[1, 0.5], [0, 1]], [[1, 0], [0, 0], [0, 1]])


def _add(u, v):
    return [a + b for a, b in zip(u, v)]


def _right(embeddings, positions):
    return [_add(e, positions[t]) for t, e in enumerate(embeddings)]


def _random(rng):
    d = rng.randint(2, 4)
    n = rng.randint(2, 4)
    spare = rng.randint(1, 3)

    def vec():
        return [round(rng.uniform(-2, 2), 1) for _ in range(d)]

    return ([vec() for _ in range(n)], [vec() for _ in range(n + spare)])


def _shape(embeddings):
    n, d = len(embeddings), len(embeddings[0])

    def check(got):
        if not isinstance(got, list) or not all(isinstance(r, list) for r in got):
            return "add_positions should return a list of vectors (a list of lists)."
        if len(got) != n:
            return (f"Your list has {len(got)} vectors, but there are {n} words. Make one new "
                    "vector per word.")
        if any(len(r) != d for r in got):
            return (f"Each vector should keep its {d} numbers. Adding a position does not make "
                    "a vector longer: add the numbers in the same place, do not join the lists.")
        return None

    return check


PROBES = [
    Probe(task=1, call="add_positions", args=LESSON, name="one vector per word, same length",
          check=_shape(LESSON[0])),
    Probe(task=1, call="add_positions", args=LESSON, name="the lesson's dog, bites, man",
          expect=[[2, 0.5], [0, 1], [0.5, 0.5]]),
    Probe(task=1, call="add_positions", args=SHORT, name="two words, three places in the table",
          expect=[[2, 0.5], [0, 1]]),
    Probe(task=1, call="add_positions",
          args=([[0, 0, 0], [0, 0, 0]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
          name="words of all zeros"),
    Probe(task=1, call="add_positions", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda e, p: [_add(v, p[0]) for v in e],
            say="Every word got the position vector of the 1st place. Word t needs row t of "
                "the table, so each word gets its own place."),
    Mistake(task=1, when=lambda e, p: [_add(v, p[t + 1]) for t, v in enumerate(e)],
            say="Off by one: the 1st word got the 2nd place's vector. Places count from 0, so "
                "word 0 takes positions[0]."),
    Mistake(task=1, when=lambda e, p: [_add(v, p[t - 1]) for t, v in enumerate(e)],
            say="Off by one: each word got the vector of the place before it (and the 1st word "
                "took the last row). Word t takes positions[t]."),
    Mistake(task=1, when=lambda e, p: [list(p[t]) for t in range(len(e))],
            say="You returned only the position vectors, so the words are gone. Add each "
                "position to its word."),
]
TOLERANCE = 1e-9
