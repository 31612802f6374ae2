from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _order(chances):
    return sorted(range(len(chances)), key=lambda i: -chances[i])


def _keep(chances, kept, renormalise=True):
    total = sum(chances[i] for i in kept) if renormalise else 1.0
    return [chances[i] / total if i in kept else 0.0 for i in range(len(chances))]


def _lesson_anchor():
    """The lesson's four words with k = 2, worked out by fromzero.explain."""
    chances = [0.5, 0.3, 0.15, 0.05]
    return [final_value("top_k_filter", {"chances": chances, "k": 2, "show": i})
            for i in range(len(chances))]


def _random(rng):
    n = rng.randint(4, 7)
    raw = rng.sample(range(1, 40), n)  # all different, so there are no ties
    total = sum(raw)
    return ([r / total for r in raw], rng.randint(2, n - 1))


def _shape(n):
    def check(got):
        if not isinstance(got, list):
            return "top_k should return a list of chances, one per token."
        if len(got) != n:
            return (f"top_k should return a list of all {n} chances, with 0 for the tokens you "
                    f"cut. You returned {len(got)} numbers.")
        return None

    return check


PROBES = [
    Probe(task=1, call="top_k", args=([0.5, 0.3, 0.15, 0.05], 2),
          name="a chance for every token, 0 for the cut ones", check=_shape(4)),
    Probe(task=1, call="top_k", args=([0.5, 0.3, 0.15, 0.05], 2),
          name="the lesson's four words, k = 2", expect=_lesson_anchor()),
    Probe(task=1, call="top_k", args=([0.1, 0.4, 0.2, 0.3], 3), name="the biggest are not first"),
    Probe(task=1, call="top_k", args=([0.05, 0.6, 0.35], 1), name="k = 1 is greedy",
          expect=[0.0, 1.0, 0.0]),
    Probe(task=1, call="top_k", args=([0.5, 0.2, 0.2, 0.1], 2), name="a tie: keep the earlier"),
    Probe(task=1, call="top_k", args=([0.25, 0.25, 0.5], 3), name="k = all of them"),
    Probe(task=1, call="top_k", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda c, k: _keep(c, _order(c)[:k], renormalise=False),
            say="You kept the right tokens but forgot to renormalise: the kept chances no "
                "longer add up to 1. Divide each kept chance by the total of the kept ones."),
    Mistake(task=1, when=lambda c, k: _keep(c, _order(c)[-k:]),
            say="You kept the k smallest chances. Keep the k biggest: sort from the biggest "
                "down, then take the first k."),
    Mistake(task=1, when=lambda c, k: _keep(c, _order(c)[:k + 1]),
            say="You kept one token too many. order[:k] holds exactly k positions; keep those."),
    Mistake(task=1, when=lambda c, k: _keep(c, _order(c)[:k - 1]),
            say="You kept one token too few. Keep exactly k: order[:k]."),
]
TOLERANCE = 1e-6
