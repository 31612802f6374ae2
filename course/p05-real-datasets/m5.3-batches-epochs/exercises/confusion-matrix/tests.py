"""Hidden tests: a confusion matrix, rows = true class, columns = predicted class."""

from fromzero.explain.batches import confusion_table
from fromzero.grading import Mistake, Probe

LESSON = ([1, 4, 4, 7, 9, 9, 9, 7], [1, 4, 9, 1, 9, 4, 9, 7], [1, 4, 7, 9])
SMALL = ([0, 1, 1, 2, 2, 2], [0, 1, 2, 2, 2, 0], [0, 1, 2])
ODD = ([3, 5, 5, 8, 3], [5, 5, 8, 8, 3], [3, 5, 8])


def _random(rng):
    classes = sorted(rng.sample(range(10), rng.randint(2, 4)))
    n = rng.randint(6, 12)
    return ([rng.choice(classes) for _ in range(n)], [rng.choice(classes) for _ in range(n)],
            classes)


def _swapped(t, p, c):
    return confusion_table(p, t, c)


def _right_only(t, p, c):
    table = [[0] * len(c) for _ in c]
    for a, b in zip(t, p):
        if a == b:
            table[c.index(a)][c.index(a)] += 1
    return table


PROBES = [
    Probe(task=1, call="confusion_matrix", args=LESSON, expect=confusion_table(*LESSON)),
    Probe(task=1, call="confusion_matrix", args=SMALL, expect=confusion_table(*SMALL)),
    Probe(task=1, call="confusion_matrix", args=ODD, expect=confusion_table(*ODD)),
    Probe(task=1, call="confusion_matrix", args=([2], [2], [2, 6])),
    Probe(task=1, call="confusion_matrix", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_swapped,
            say="Rows and columns are swapped. The row is the true class; the column is what "
                "the network predicted."),
    Mistake(task=1, when=_right_only,
            say="Your table only counts the right answers. Every pair adds 1 to some cell: "
                "the mix-ups go off the diagonal."),
    Mistake(task=1, when=lambda t, p, c: confusion_table(t[1:], p[1:], c),
            say="Your table misses the first pair. Start the loop at position 0."),
    Mistake(task=1, when=lambda t, p, c: confusion_table(t[:-1], p[:-1], c),
            say="Your table misses the last pair. range(len(true)) already stops at the last "
                "position; do not subtract 1."),
]
