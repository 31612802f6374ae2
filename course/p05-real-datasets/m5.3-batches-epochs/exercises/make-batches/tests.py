"""Hidden tests: cutting a list into batches, checked item by item."""

from fromzero.grading import Mistake, Probe

TEN = list(range(1, 11))


def _cut(items, size):
    return [items[s:s + size] for s in range(0, len(items), size)]


def _random(rng):
    size = rng.randint(2, 6)
    n = rng.randint(2, 5) * size + rng.randint(1, size - 1)
    return ([rng.randint(0, 9) for _ in range(n)], size)


def _judge_ten(got):
    """make_batches(1..10, 4): say exactly what is wrong with the batches."""
    if not isinstance(got, list) or not all(isinstance(b, list) for b in got):
        return "make_batches should give back a list of lists: one list per batch."
    sizes = [len(b) for b in got]
    if any(s > 4 for s in sizes):
        return (f"With batch_size 4 you made batches of sizes {sizes}. A batch may hold at most "
                "4 items. A slice items[i:i + 4] stops just before i + 4, so it holds 4 items.")
    flat = [x for b in got for x in b]
    if len(flat) > len(set(flat)):
        return (f"Your batches {got} overlap: some items are in two batches. Each batch starts "
                "where the last one ended: at 0, 4, 8.")
    if flat != TEN[:len(flat)]:
        return f"Your batches {got} do not keep the items in order."
    if len(flat) < len(TEN):
        return (f"Your batches {got} leave out {TEN[len(flat):]}. You dropped the last, smaller "
                "batch: the items left over still make one batch.")
    return None


PROBES = [
    Probe(task=1, call="make_batches", args=(TEN, 4), check=_judge_ten,
          name="make_batches(list(range(1, 11)), 4): every item once, at most 4 per batch"),
    Probe(task=1, call="make_batches", args=(TEN, 4), expect=[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]),
    Probe(task=1, call="make_batches", args=([1, 2, 3, 4, 5, 6], 3), expect=[[1, 2, 3], [4, 5, 6]]),
    Probe(task=1, call="make_batches", args=(["a", "b", "c"], 5), expect=[["a", "b", "c"]]),
    Probe(task=1, call="make_batches", args=([7, 8, 9], 1), expect=[[7], [8], [9]]),
    Probe(task=1, call="make_batches", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda items, b: _cut(items, b)[:len(items) // b],
            say="You dropped the last, smaller batch: the items left over still make one batch."),
    Mistake(task=1, when=lambda items, b: [items[s:s + b + 1] for s in range(0, len(items), b + 1)],
            say="Your batches hold batch_size + 1 items. A slice stops just before its end."),
    Mistake(task=1, when=lambda items, b: [items[s:s + b] for s in range(len(items) // b + 1)],
            say="Your batches overlap. Start batch k at k × batch_size, not at k."),
]
