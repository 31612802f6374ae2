from fromzero.grading import Mistake, Probe

RHYME = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n"


def _counts(text):
    counts = {}
    for i in range(len(text) - 1):
        counts.setdefault(text[i], {})
        counts[text[i]][text[i + 1]] = counts[text[i]].get(text[i + 1], 0) + 1
    return counts


RHYME_COUNTS = _counts(RHYME)
# Rows written with the later character first, so that dictionary order is not sorted order.
TIE = {"t": {"m": 2, " ": 2, "x": 2, "o": 1}, "h": {"e": 1}, "e": {"t": 3}, " ": {"t": 1}}
DEAD_END = {"a": {"b": 1}, "b": {"c": 1}}


def _best(row):
    return min(row, key=lambda b: (-row[b], b))


def _first_in_dict(row):
    best = None
    for b in row:
        if best is None or row[b] > row[best]:
            best = b
    return best


def _last_of_tie(row):
    return max(sorted(row), key=lambda b: (row[b], b))


def _write(counts, start, n, pick):
    out = start
    for _ in range(n):
        if out[-1] not in counts:
            break
        out = out + pick(counts[out[-1]])
    return out


def _never_moves(counts, start, n):
    return start + _best(counts[start]) * n


PROBES = [
    # Anchors: in the rhyme, h wins after t (6 of 10) and the space wins after e (6 of 8).
    Probe(task=1, call="most_likely_next", args=(RHYME_COUNTS, "t"), expect="h",
          name="most_likely_next(the rhyme's counts, 't')"),
    Probe(task=1, call="most_likely_next", args=(RHYME_COUNTS, "e"), expect=" ",
          name="most_likely_next(the rhyme's counts, 'e')"),
    Probe(task=1, call="most_likely_next", args=(TIE, "t"), expect=" ",
          name="a three-way tie between m, the space and x: most_likely_next(counts, 't')"),
    Probe(task=1, call="most_likely_next", args=(RHYME_COUNTS, "z"), expect=None,
          name="most_likely_next(the rhyme's counts, 'z'), where z has no row"),
    Probe(task=1, call="most_likely_next", args=(RHYME_COUNTS, " "),
          name="most_likely_next(the rhyme's counts, ' ')"),
    Probe(task=2, call="generate", args=(RHYME_COUNTS, "t", 14), expect="the the the the",
          name="generate(the rhyme's counts, 't', 14)"),
    Probe(task=2, call="generate", args=(RHYME_COUNTS, "d", 6),
          name="generate(the rhyme's counts, 'd', 6)"),
    Probe(task=2, call="generate", args=(DEAD_END, "a", 5), expect="abc"),
    Probe(task=2, call="generate", args=(TIE, "h", 4)),
]

MISTAKES = [
    Mistake(task=1, when=lambda counts, char: _first_in_dict(counts[char]),
            say="Two characters tie here. Take the one that comes first in sorted order: walk "
                "the row with sorted(row), not in the order the dictionary keeps."),
    Mistake(task=1, when=lambda counts, char: _last_of_tie(counts[char]),
            say="Two characters tie here and you kept the later one. Switch only when a count "
                "is strictly bigger: use > and not >=."),
    Mistake(task=1, when=lambda counts, char: max(counts[char].values()),
            say="You returned the biggest count. Return the character that has it."),
    Mistake(task=2, when=lambda counts, start, n: _write(counts, start, n, _best)[1:],
            say="The start character is missing. The text begins with start, then the n "
                "new characters follow it."),
    Mistake(task=2, when=lambda counts, start, n: _write(counts, start, n - 1, _best),
            say="Your text is one character short. Add exactly n characters after start."),
    Mistake(task=2, when=_never_moves,
            say="Each guess must follow the character you added last, not the start. Use "
                "out[-1], the last character so far."),
]
