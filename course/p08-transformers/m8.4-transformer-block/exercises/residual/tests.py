from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = ([0.5, -1, 2], [0.25, 0.5, -0.5])


def _random(rng):
    n = rng.randint(3, 6)
    return ([round(rng.uniform(-3, 3), 2) for _ in range(n)],
            [round(rng.uniform(-3, 3), 2) for _ in range(n)])


def _shape(n):
    def check(got):
        if isinstance(got, (int, float)):
            return ("You returned one number. residual should return a list: one sum for "
                    f"each of the {n} numbers.")
        if not isinstance(got, list):
            return "residual should return a list of numbers."
        if len(got) != n:
            return (f"Your list has {len(got)} numbers, but x has {n}. Add the numbers in "
                    "the same place, one sum per place.")
        return None

    return check


PROBES = [
    Probe(task=1, call="residual", args=LESSON, name="one sum per number",
          check=_shape(len(LESSON[0]))),
    Probe(task=1, call="residual", args=LESSON, name="the lesson's vectors",
          expect=[0.75, -0.5, 1.5]),
    Probe(task=1, call="residual", args=LESSON, name="the last number, from fromzero.explain",
          check=lambda got: None if isinstance(got, list) and len(got) == 3 and
          abs(got[-1] - final_value("residual_add", {"x": LESSON[0], "fx": LESSON[1]})) < 1e-9
          else "The last number should be 2 + (−0.5) = 1.5."),
    Probe(task=1, call="residual", args=([1, 2, 3, 4], [0, 0, 0, 0]),
          name="a layer that made only zeros"),
    Probe(task=1, call="residual", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, fx: list(fx),
            say="You returned only what the layer made, so the input is lost. A residual "
                "connection keeps x: add fx on top of it."),
    Mistake(task=1, when=lambda x, fx: list(x),
            say="You returned x unchanged, so the layer's work is lost. Add fx to it."),
    Mistake(task=1, when=lambda x, fx: [a * b for a, b in zip(x, fx)],
            say="You multiplied the numbers. A residual connection adds them: x + f(x)."),
    Mistake(task=1, when=lambda x, fx: [a - b for a, b in zip(x, fx)],
            say="You took fx away from x. A residual connection adds: x + f(x)."),
    Mistake(task=1, when=lambda x, fx: [b - a for a, b in zip(x, fx)],
            say="You took x away from fx. A residual connection adds: x + f(x)."),
]
TOLERANCE = 1e-9
