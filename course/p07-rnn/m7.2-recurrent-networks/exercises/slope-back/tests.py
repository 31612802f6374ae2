from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

HALVES = [0.5] * 10
MIXED = [0.9, 0.5, 0.2]
GROW = [1.5, 2, 1.2, 0.5]


def _products(factors):
    out = []
    value = 1.0
    for f in factors:
        value = value * f
        out.append(value)
    return out


def _sums(factors):
    out = []
    value = 0.0
    for f in factors:
        value = value + f
        out.append(value)
    return out


def _shape(factors):
    def check(got):
        if isinstance(got, (int, float)):
            return ("You returned one number. slope_back should return a list: one slope for "
                    f"each step back, {len(factors)} numbers for {len(factors)} factors.")
        if not isinstance(got, list):
            return "slope_back should return a list of numbers."
        if len(got) == len(factors) + 1:
            return ("Your list has one number too many. Do not include the 1 you start with: "
                    "the first number is one step back, which is the last factor.")
        if len(got) != len(factors):
            return f"Your list has {len(got)} numbers, but there are {len(factors)} factors."
        return None

    return check


def _ten_back(got):
    want = final_value("slope_through_time", {"factor": 0.5, "steps": 10})
    if isinstance(got, list) and len(got) == 10 and abs(got[-1] - want) < 1e-9:
        return None
    return f"Ten factors of 0.5: the slope 10 steps back should be 0.5^10, about {want:.6f}."


PROBES = [
    Probe(task=1, call="slope_back", args=(HALVES,), check=_shape(HALVES), name="one slope per step"),
    Probe(task=1, call="slope_back", args=(HALVES,), check=_ten_back, name="0.5 per step, 10 steps"),
    Probe(task=1, call="slope_back", args=(MIXED,), expect=[0.2, 0.1, 0.09],
          name="factors 0.9, 0.5, 0.2"),
    Probe(task=1, call="slope_back", args=(GROW,)),
    Probe(task=1, call="slope_back", args=([0.3],)),
]

MISTAKES = [
    Mistake(task=1, when=lambda factors: _products(factors),
            say="You started from the first factor. The slope travels back from the end, so "
                "one step back is the last factor. Go through the factors from the end."),
    Mistake(task=1, when=lambda factors: _sums(list(reversed(factors))),
            say="You added the factors. Each step back multiplies the slope by its factor "
                "(the chain rule), so the credit shrinks or grows very fast."),
    Mistake(task=1, when=lambda factors: _sums(factors),
            say="You added the factors, from the first. Multiply instead, and start from the "
                "last one."),
]
TOLERANCE = 1e-9
