from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _order(chances):
    return sorted(range(len(chances)), key=lambda i: -chances[i])


def _keep(chances, kept, renormalise=True):
    total = sum(chances[i] for i in kept) if renormalise else 1.0
    return [chances[i] / total if i in kept else 0.0 for i in range(len(chances))]


def _walk(chances, p, order):
    """Keep tokens in `order` until the running total reaches p."""
    kept, running = [], 0.0
    for i in order:
        kept.append(i)
        running += chances[i]
        if running >= p:
            break
    return kept


def _one_too_few(chances, p):
    """Keep a token only while the running total with it stays at most p."""
    kept, running = [], 0.0
    for i in _order(chances):
        if running + chances[i] > p:
            break
        kept.append(i)
        running += chances[i]
    return kept


def _lesson_anchor():
    """The lesson's four words with p = 0.9, worked out by fromzero.explain."""
    chances = [0.5, 0.3, 0.15, 0.05]
    return [final_value("top_p_filter", {"chances": chances, "p": 0.9, "show": i})
            for i in range(len(chances))]


def _random(rng):
    n = rng.randint(4, 7)
    raw = rng.sample(range(1, 40), n)  # all different, so there are no ties
    total = sum(raw)
    chances = [r / total for r in raw]
    running, sums = 0.0, []
    for i in _order(chances):
        running += chances[i]
        sums.append(running)
    # p sits halfway between two running totals: never on an edge, always past the first one
    j = rng.randint(0, n - 3)
    return (chances, round((sums[j] + sums[j + 1]) / 2, 4))


def _shape(n):
    def check(got):
        if not isinstance(got, list):
            return "top_p should return a list of chances, one per token."
        if len(got) != n:
            return (f"top_p should return a list of all {n} chances, with 0 for the tokens you "
                    f"cut. You returned {len(got)} numbers.")
        return None

    return check


PROBES = [
    Probe(task=1, call="top_p", args=([0.5, 0.3, 0.15, 0.05], 0.9),
          name="a chance for every token, 0 for the cut ones", check=_shape(4)),
    Probe(task=1, call="top_p", args=([0.5, 0.3, 0.15, 0.05], 0.9),
          name="the lesson's four words, p = 0.9", expect=_lesson_anchor()),
    Probe(task=1, call="top_p", args=([0.1, 0.5, 0.15, 0.25], 0.8), name="the biggest are not first"),
    Probe(task=1, call="top_p", args=([0.2, 0.5, 0.3], 0.75), name="the total lands past p"),
    Probe(task=1, call="top_p", args=([0.3, 0.2, 0.5], 0.4), name="the first token is enough",
          expect=[0.0, 0.0, 1.0]),
    Probe(task=1, call="top_p", args=([0.5, 0.3, 0.15, 0.05], 1), name="p = 1 keeps them all"),
    Probe(task=1, call="top_p", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda c, p: _keep(c, _walk(c, p, _order(c)), renormalise=False),
            say="You kept the right tokens but forgot to renormalise: the kept chances no "
                "longer add up to 1. Divide each kept chance by the running total."),
    Mistake(task=1, when=lambda c, p: _keep(c, _walk(c, p, range(len(c)))),
            say="Your running total walked the list in its own order. Sort first, biggest "
                "chance first, then add them up: top-p keeps the most likely tokens."),
    Mistake(task=1, when=lambda c, p: _keep(c, _one_too_few(c, p)) if _one_too_few(c, p) else None,
            say="You kept one token too few. Keep the token first, then check: the token that "
                "makes the running total reach p is kept too."),
]
TOLERANCE = 1e-6
