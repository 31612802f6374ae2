from fromzero.grading import Mistake, Probe

MODEL = {
    "the": {"cat": 0.5, "dog": 0.3, "end": 0.2},
    "cat": {"sat": 0.6, "the": 0.4},
    "dog": {"ran": 0.7, "the": 0.3},
    "sat": {"the": 1.0},
    "ran": {"the": 0.5, "home": 0.5},
    "home": {"the": 1.0},
    "end": {"the": 1.0},
}
WORDS = sorted(MODEL)


def _pick(row, r, edge_goes_left=False):
    running = 0.0
    word = None
    for word, chance in row.items():
        running += chance
        if r < running or (edge_goes_left and r == running):
            return word
    return word


def _write(model, start, n, rng, *, greedy=False, edge_left=False, from_start=False,
           same_r=False):
    words = [start]
    for i in range(n):
        row = model[start if from_start else words[-1]]
        if greedy:
            words.append(max(row, key=row.get))
            continue
        words.append(_pick(row, rng[0] if same_r else rng[i], edge_goes_left=edge_left))
    return words


def _random(rng):
    n = rng.randint(5, 9)
    return (MODEL, rng.choice(WORDS), n, [round(rng.random(), 3) for _ in range(n)])


PROBES = [
    Probe(task=1, call="generate", args=(MODEL, "the", 4, [0.1, 0.7, 0.9, 0.2]),
          name="generate(MODEL, 'the', 4, [0.1, 0.7, 0.9, 0.2])",
          expect=["the", "cat", "the", "end", "the"]),
    Probe(task=1, call="generate", args=(MODEL, "the", 3, [0.6, 0.05, 0.99]),
          name="generate(MODEL, 'the', 3, [0.6, 0.05, 0.99])",
          expect=["the", "dog", "ran", "home"]),
    Probe(task=1, call="generate", args=(MODEL, "the", 2, [0.8, 0.5]),
          name="a random number exactly on the edge of a slice",
          expect=["the", "end", "the"]),
    Probe(task=1, call="generate", args=(MODEL, "cat", 0, []), name="n = 0", expect=["cat"]),
    Probe(task=1, call="generate", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda m, s, n, rng: _write(m, s, n, rng, greedy=True),
            say="You always took the most likely word, so the random numbers did nothing. "
                "Use rng_values[i] to pick by chance: the first word whose running total is "
                "bigger than the random number."),
    Mistake(task=1, when=lambda m, s, n, rng: _write(m, s, n, rng, edge_left=True),
            say="A random number exactly on the edge between two slices picked the left one. "
                "Use r < running, not r <= running: the edge belongs to the next slice."),
    Mistake(task=1, when=lambda m, s, n, rng: _write(m, s, n, rng, from_start=True),
            say="Each pick must use the chances after the last word so far, words[-1], not "
                "after the start word."),
    Mistake(task=1, when=lambda m, s, n, rng: _write(m, s, n, rng)[1:],
            say="The start word is missing. The list begins with start, then the n new words."),
    Mistake(task=1, when=lambda m, s, n, rng: _write(m, s, n, rng, same_r=True) if n else None,
            say="You used the same random number at every step. Step i uses rng_values[i]."),
]
