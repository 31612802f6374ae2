from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

IDS = [6, 4, 0, 1, 2, 0, 4, 5, 0, 3, 4, 6, 0, 6, 4, 0, 1, 2]  # "to be or not to be"


def _random(rng):
    ids = [rng.randint(0, 9) for _ in range(rng.randint(12, 20))]
    block = rng.randint(2, 5)
    starts = [rng.randint(0, len(ids) - block - 1) for _ in range(rng.randint(2, 4))]
    return (ids, block, starts)


def _guesses(got):
    """One target per input: as many guesses as fromzero.explain counts for each window."""
    per_window = final_value("shift_pairs", {"text": "to be or not to be", "block": 4})
    want = 3 * per_window
    if not isinstance(got, list) or len(got) != 2:
        return ("get_batch should return two lists: the rows of inputs and the rows of "
                "targets, like `return inputs, targets`.")
    inputs, targets = got
    if not isinstance(inputs, list) or len(inputs) != 3 or len(targets) != 3:
        return "With 3 starts, there should be 3 rows of inputs and 3 rows of targets."
    count = sum(len(row) for row in targets)
    if count != want:
        return (f"3 windows of block 4 give {want:g} targets, one per input, but you made "
                f"{count}. Is each row exactly `block` long?")
    return None


PROBES = [
    Probe(task=1, call="get_batch", args=(IDS, 4, [0, 6, 13]), name="three windows of 4",
          check=_guesses),
    Probe(task=1, call="get_batch", args=([6, 4, 0, 1, 2, 0], 3, [0, 2]),
          name="the task's example",
          expect=([[6, 4, 0], [0, 1, 2]], [[4, 0, 1], [1, 2, 0]])),
    Probe(task=1, call="get_batch", args=(IDS, 4, [0, 6, 13])),
    Probe(task=1, call="get_batch", args=(IDS, 1, [5]), name="one window of one id"),
    Probe(task=1, call="get_batch", args=_random),
]


def _rows(ids, block, starts, a, b):
    return [list(ids[s + a:s + b]) for s in starts]


MISTAKES = [
    Mistake(task=1, when=lambda ids, block, starts: (_rows(ids, block, starts, 0, block),
                                                     _rows(ids, block, starts, 0, block)),
            say="Your targets are the same as your inputs. Each target is the next id: start "
                "the targets one place later, at s + 1."),
    Mistake(task=1, when=lambda ids, block, starts: (_rows(ids, block, starts, 1, block + 1),
                                                     _rows(ids, block, starts, 0, block)),
            say="You swapped the inputs and the targets. The inputs begin at the start s; the "
                "targets one place later."),
    Mistake(task=1, when=lambda ids, block, starts: (_rows(ids, block, starts, 0, block + 1),
                                                     _rows(ids, block, starts, 1, block + 2)),
            say="Each row is one id too long. A row of inputs has exactly `block` ids: "
                "ids[s:s + block]."),
    Mistake(task=1, when=lambda ids, block, starts: (_rows(ids, block, starts, 0, block),
                                                     _rows(ids, block, starts, 1, block)),
            say="Each row of targets is one id short. It ends one place later than the inputs: "
                "ids[s + 1:s + block + 1]."),
    Mistake(task=1, when=lambda ids, block, starts: (list(ids[starts[0]:starts[0] + block]),
                                                     list(ids[starts[0] + 1:starts[0] + block + 1])),
            say="You made only the first window. Make one row for every start in `starts`."),
]
