import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _random_power(rng):
    """A whole power of a small base, such as (125, 5)."""
    base = rng.randint(2, 5)
    return (base ** rng.randint(1, 6), base)


PROBES = [
    Probe(task=1, call="log_count", args=(8, 2), expect=final_value("log", {"x": 8, "base": 2})),
    Probe(task=1, call="log_count", args=(1000, 10), expect=final_value("log", {"x": 1000, "base": 10})),
    Probe(task=1, call="log_count", args=(81, 3), expect=final_value("log", {"x": 81, "base": 3})),
    Probe(task=1, call="log_count", args=(1, 5)),
    Probe(task=1, call="log_count", args=(2, 2)),
    Probe(task=1, call="log_count", args=_random_power),
    Probe(task=2, call="doublings", args=(1, 10), expect=math.ceil(final_value("log", {"x": 10, "base": 2}))),
    Probe(task=2, call="doublings", args=(3, 24)),
    Probe(task=2, call="doublings", args=(5, 5)),
    Probe(task=2, call="doublings", args=(7, 3)),
    Probe(task=2, call="doublings", args=(1, 1000)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, base: round(math.log(x, base)) + 1,
            say="One too many. Did you loop while x >= 1? Stop once x reaches 1."),
    Mistake(task=1, when=lambda x, base: round(math.log(x, base)) - 1,
            say="One too few. Keep dividing until x is exactly 1, not until it is base."),
    Mistake(task=1, when=lambda x, base: x / base,
            say="You divided only once. Keep dividing in a loop, and count the divisions."),
    Mistake(task=2, when=lambda start, target: max(0, math.ceil(math.log(target / start, 2))) + 1,
            say="One week too many. Stop as soon as the plant is at least the target."),
    Mistake(task=2, when=lambda start, target: max(0, math.ceil(math.log(target / start, 2))) - 1,
            say="One week too few. It must reach the target: keep going while start < target."),
]
