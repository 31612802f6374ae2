"""Hidden tests: the number of batches in one epoch, with and without a smaller last batch."""

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(n, batch_size):
    return final_value("batch_count", {"n": n, "batch_size": batch_size, "show": "batches"})


def _random(rng):
    batch_size = rng.choice([2, 3, 5, 8, 16, 32, 64])
    return (rng.randint(1, 40) * batch_size + rng.randint(1, batch_size - 1), batch_size)


def _even(rng):
    batch_size = rng.choice([2, 4, 10, 25, 50])
    return (rng.randint(1, 40) * batch_size, batch_size)


PROBES = [
    Probe(task=1, call="count_batches", args=(60000, 32), expect=_anchor(60000, 32)),
    Probe(task=1, call="count_batches", args=(1000, 64), expect=_anchor(1000, 64)),
    Probe(task=1, call="count_batches", args=(10, 4), expect=_anchor(10, 4)),
    Probe(task=1, call="count_batches", args=(5, 32)),
    Probe(task=1, call="count_batches", args=(12, 3)),
    Probe(task=1, call="count_batches", args=_random),
    Probe(task=1, call="count_batches", args=_even),
]

MISTAKES = [
    Mistake(task=1, when=lambda n, b: n // b,
            say="You dropped the last, smaller batch. The items left over still make one batch."),
    Mistake(task=1, when=lambda n, b: n // b + 1,
            say="When batch_size fits into n exactly, nothing is left over, so there is no extra "
                "batch. Only add 1 when n % batch_size is bigger than 0."),
    Mistake(task=1, when=lambda n, b: n * b,
            say="You multiplied. Batches split the items, so divide n by batch_size."),
    Mistake(task=1, when=lambda n, b: n / b,
            say="Use // to count whole batches: / keeps the part after the point, and a batch "
                "count is a whole number."),
]
