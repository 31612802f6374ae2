from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LOW = list("low lower lowest low".encode("utf-8"))  # the lesson's text, as bytes

# Anchors from the worked example: in [1, 2, 3, 1, 2] the pair (1, 2) comes 2 times; in the
# lesson's text the most common pair, (l, o) = (108, 111), comes 4 times.
TOP_SMALL = final_value("pair_counts", {"tokens": [1, 2, 3, 1, 2]})
TOP_LOW = final_value("pair_counts", {"tokens": "low lower lowest low"})


def _pairs(tokens):
    return [(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1)]


def _count(pairs):
    counts = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def _check_low(got):
    if not isinstance(got, dict):
        return "count_pairs should return a dictionary."
    if got.get("(108, 111)") != TOP_LOW:
        return (f"In the lesson's text the pair (108, 111), that is l then o, comes {TOP_LOW:g} "
                f"times, but your dictionary says {got.get('(108, 111)')}.")
    return None


def _ids(rng):
    return ([rng.randint(1, 4) for _ in range(rng.randint(6, 12))],)


PROBES = [
    Probe(task=1, call="count_pairs", args=([1, 2, 3, 1, 2],),
          expect={(1, 2): TOP_SMALL, (2, 3): 1, (3, 1): 1}),
    Probe(task=1, call="count_pairs", args=(LOW,), name="count_pairs(the lesson's text)",
          check=_check_low),
    Probe(task=1, call="count_pairs", args=([5, 5, 5],)),
    Probe(task=1, call="count_pairs", args=([7, 8],)),
    Probe(task=1, call="count_pairs", args=([9],)),
    Probe(task=1, call="count_pairs", args=([1, 2, 1, 2, 1],)),
    Probe(task=1, call="count_pairs", args=_ids),
    Probe(task=1, call="count_pairs", args=_ids),
]

MISTAKES = [
    Mistake(task=1, when=lambda tokens: _count(_pairs(tokens)[:-1]),
            say="The last pair is missing. A list of n tokens has n − 1 pairs: loop with "
                "range(len(tokens) - 1)."),
    Mistake(task=1, when=lambda tokens: _count(_pairs(tokens)[::2]),
            say="You jumped two tokens at a time, so every other pair was never counted. "
                "Pairs overlap: the token at i is in the pair before it and the pair after it. "
                "Move on by one each time."),
    Mistake(task=1, when=lambda tokens: _count(tokens),
            say="You counted single tokens. Count pairs of neighbours: "
                "(tokens[i], tokens[i + 1])."),
    Mistake(task=1, when=lambda tokens: _count(_pairs(tokens + tokens[:1])),
            say="You counted one pair too many: the last token has nothing after it."),
]
