from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

GUESSES = [0.1, 0.3, 0.5]


def _anchor():
    """The guess whose worked error (from fromzero.explain) is closest to 0."""
    return min(GUESSES, key=lambda w: abs(final_value("error", {"prediction": 2 * w, "target": 0.7})))


def _guesses(rng):
    x = rng.choice([1, 2, 3, 4])
    guesses = [round(rng.uniform(-3, 3), 1) for _ in range(6)]
    return (x, round(rng.uniform(-6, 6), 1), guesses)


PROBES = [
    Probe(task=1, call="best_weight", args=(2, 0.7, GUESSES), expect=_anchor()),
    Probe(task=1, call="best_weight", args=(2, 5, [0.5, 1, 1.5, 2, 2.5, 3, 3.5])),
    Probe(task=1, call="best_weight", args=(2, 5, [3, 1, 2])),
    Probe(task=1, call="best_weight", args=(1, -2, [-1, 0, -3, 2])),
    Probe(task=1, call="best_weight", args=(2, 5, [2, 3])),
    Probe(task=1, call="best_weight", args=_guesses),
    Probe(task=1, call="best_weight", args=_guesses),
]


def _first_best(x, t, gs):
    return min(gs, key=lambda w: abs(x * w - t))


MISTAKES = [
    Mistake(task=1, when=lambda x, t, gs: min(gs, key=lambda w: x * w - t),
            say="You picked the most negative error. Drop the minus sign first with abs()."),
    Mistake(task=1, when=lambda x, t, gs: abs(x * _first_best(x, t, gs) - t),
            say="You returned how far off the best guess is. Return the weight itself."),
    Mistake(task=1, when=lambda x, t, gs: gs[-1],
            say="You returned the last guess. Only keep a guess when it is closer than the best so far."),
    Mistake(task=1, when=lambda x, t, gs: max(gs, key=lambda w: abs(x * w - t)),
            say="You kept the guess that is furthest away. Keep the one closest to the target."),
]

TOLERANCE = 1e-9
