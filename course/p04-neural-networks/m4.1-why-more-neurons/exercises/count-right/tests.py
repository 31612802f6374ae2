from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

CORNERS = [(0, 0), (0, 1), (1, 0), (1, 1)]
XOR = [0, 1, 1, 0]
AND = [0, 0, 0, 1]
OR = [0, 1, 1, 1]


def _says(w1, w2, b):
    return [1 if x1 * w1 + x2 * w2 + b > 0 else 0 for x1, x2 in CORNERS]


def _right(w1, w2, b, wants, corners=4):
    return sum(1 for s, t in list(zip(_says(w1, w2, b), wants))[:corners] if s == t)


def _anchor(w1, w2, b, wants):
    """Counted from the worked sums of fromzero.explain, not from solution.py."""
    says = [1 if final_value("neuron_multi", {"inputs": list(c), "weights": [w1, w2], "b": b}) > 0
            else 0 for c in CORNERS]
    return sum(1 for s, t in zip(says, wants) if s == t)


def _random(rng):
    return (round(rng.uniform(-3, 3), 1), round(rng.uniform(-3, 3), 1), round(rng.uniform(-3, 3), 1),
            [rng.choice([0, 1]) for _ in range(4)])


PROBES = [
    Probe(task=1, call="count_right", args=(1, 1, -0.5, XOR), expect=_anchor(1, 1, -0.5, XOR)),
    Probe(task=1, call="count_right", args=(1, 1, -1.5, AND), expect=_anchor(1, 1, -1.5, AND)),
    Probe(task=1, call="count_right", args=(1, 1, -1, AND)),
    Probe(task=1, call="count_right", args=(-1, -1, 0.5, OR)),
    Probe(task=1, call="count_right", args=(2, -1, -0.5, [1, 0, 1, 0])),
    Probe(task=1, call="count_right", args=_random),
    Probe(task=1, call="count_right", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda w1, w2, b, wants: 4 - _right(w1, w2, b, wants),
            say="You counted the wrong answers. Count the corners where the neuron's answer equals the wanted one."),
    Mistake(task=1, when=lambda w1, w2, b, wants: _right(w1, w2, b, wants, corners=3),
            say="The last corner (1, 1) is missing. Loop over all 4 corners: range(4), not range(3)."),
    Mistake(task=1, when=lambda w1, w2, b, wants: [int(s == t) for s, t in zip(_says(w1, w2, b), wants)],
            say="You returned a list. Return one number: how many corners are right."),
    Mistake(task=1, when=lambda w1, w2, b, wants: int(_says(w1, w2, b)[3] == wants[3]),
            say="You set the count back to 0 inside the loop. Set right = 0 once, before the loop."),
    Mistake(task=1, when=lambda w1, w2, b, wants: sum(
            1 for (x1, x2), t in zip(CORNERS, wants) if (1 if x1 * w1 + x2 * w2 + b >= 0 else 0) == t),
            say="A sum of exactly 0 is not above zero: use >, not >=."),
]
