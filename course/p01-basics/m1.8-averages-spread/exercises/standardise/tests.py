from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(values):
    """The worked mean and std examples give the numbers every value is rescaled with."""
    m = final_value("mean", {"values": values})
    sd = final_value("std", {"values": values})
    return [(v - m) / sd for v in values]


def _stats(values):
    m = sum(values) / len(values)
    var = sum((v - m) ** 2 for v in values) / len(values)
    return m, var


def _uneven(rng):
    values = [round(rng.uniform(-5, 5), 1) for _ in range(5)]
    values[0] = values[1] + 1  # never all the same
    return (values,)


PROBES = [
    Probe(task=1, call="standardise", args=([2, 4, 9],), expect=_anchor([2, 4, 9])),
    Probe(task=1, call="standardise", args=([1, 2, 3, 4],), expect=_anchor([1, 2, 3, 4])),
    Probe(task=1, call="standardise", args=([-1, 1],)),
    Probe(task=1, call="standardise", args=([10, 10, 40],)),
    Probe(task=1, call="standardise", args=_uneven),
    Probe(task=2, call="check", args=([2, 4, 9],), expect=[0, 1]),
    Probe(task=2, call="check", args=([3, 7, 7, 19],), expect=[0, 1]),
    Probe(task=2, call="check", args=_uneven),
]

MISTAKES = [
    Mistake(task=1, when=lambda values: [v - _stats(values)[0] for v in values],
            say="You took away the mean but did not divide by the standard deviation."),
    Mistake(task=1, when=lambda values: [v - _stats(values)[0] / _stats(values)[1] ** 0.5 for v in values],
            say="Mind the brackets: (v - mean) / sd. Without them, only the mean is divided."),
    Mistake(task=1, when=lambda values: [(v - _stats(values)[0]) / _stats(values)[1] for v in values],
            say="You divided by the variance. Divide by the standard deviation, its square root."),
    Mistake(task=1, when=lambda values: [v / _stats(values)[1] ** 0.5 for v in values],
            say="Take away the mean first, then divide."),
]

TOLERANCE = 1e-6
