from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = [0.5, -1, 2, 0, 1.5, 3, -0.25, 1]


def _split(vector, n_heads):
    size = len(vector) // n_heads
    return [list(vector[h * size:(h + 1) * size]) for h in range(n_heads)]


def _shape(n_heads, size):
    def check(got):
        if not isinstance(got, list) or not all(isinstance(p, list) for p in got):
            return "split_heads should return a list of lists: one list per head."
        if len(got) != n_heads:
            if len(got) == 1:
                return (f"You returned one head. There should be {n_heads} pieces, one per head.")
            return (f"You returned {len(got)} pieces, but there are {n_heads} heads. Each head "
                    f"gets {size} numbers, so there should be {n_heads} pieces of {size}.")
        return None

    return check


def _random(rng):
    n_heads = rng.choice([1, 2, 4])
    size = rng.choice([2, 3])
    return ([round(rng.uniform(-3, 3), 1) for _ in range(n_heads * size)], n_heads)


PROBES = [
    Probe(task=1, call="split_heads", args=(LESSON, 2), name="the lesson's two heads",
          expect=[LESSON[:4], LESSON[4:]]),
    Probe(task=1, call="split_heads", args=(LESSON, 2), name="the lesson's vector, 2 heads",
          check=_shape(2, 4)),
    Probe(task=1, call="split_heads", args=([1, 2, 3, 4, 5, 6, 7, 8], 4), name="8 numbers, 4 heads",
          check=_shape(4, final_value("head_split", {"width": 8, "heads": 4}))),
    Probe(task=1, call="split_heads", args=([1, 2, 3, 4, 5, 6, 7, 8], 4)),
    Probe(task=1, call="split_heads", args=([9, 8, 7], 1)),
    Probe(task=1, call="split_heads", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda v, n: [list(v[h::n]) for h in range(n)],
            say="You dealt the numbers out like cards, one to each head in turn. Each head gets "
                "a block of numbers that sit next to each other: the first head the first ones."),
    Mistake(task=1, when=lambda v, n: [list(v[i:i + n]) for i in range(0, len(v), n)],
            say="You made pieces of n_heads numbers each. It is the other way round: make "
                "n_heads pieces, each of len(vector) // n_heads numbers."),
    Mistake(task=1, when=lambda v, n: [list(v[:len(v) // n])],
            say="You returned one head. There should be one piece per head."),
]
TOLERANCE = 1e-9
