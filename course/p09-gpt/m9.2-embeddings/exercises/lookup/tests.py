from fromzero.grading import Mistake, Probe

# The lesson's table: the, cat, dog, sat.
TABLE = [[0.1, -0.5, 0.2], [0.9, 0.3, -0.2], [0.8, 0.4, -0.1], [-0.3, 0.7, 0.6]]
SMALL = [[1, 2], [3, 4], [5, 6]]


def _random(rng):
    rows, width = rng.randint(3, 6), rng.randint(2, 4)
    table = [[round(rng.uniform(-2, 2), 1) for _ in range(width)] for _ in range(rows)]
    return (table, [rng.randrange(rows) for _ in range(rng.randint(1, 5))])


PROBES = [
    # Anchors: rows read straight off the tables.
    Probe(task=1, call="lookup", args=(SMALL, [2, 0]), expect=[[5, 6], [1, 2]]),
    Probe(task=1, call="lookup", args=(TABLE, [1]), name="the lesson's cat (id 1)",
          expect=[[0.9, 0.3, -0.2]]),
    Probe(task=1, call="lookup", args=(TABLE, [0, 1, 3]), name="the lesson's \"the cat sat\"",
          expect=[[0.1, -0.5, 0.2], [0.9, 0.3, -0.2], [-0.3, 0.7, 0.6]]),
    Probe(task=1, call="lookup", args=(TABLE, [1, 1])),
    Probe(task=1, call="lookup", args=(TABLE, [])),
    Probe(task=1, call="lookup", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda t, ids: [[row[i] for row in t] for i in ids],
            say="You took a column of the table, not a row. Each token owns a row: "
                "`table[i]` is the embedding of token i."),
    Mistake(task=1, when=lambda t, ids: [t[i - 1] for i in ids],
            say="Off by one: you took the row before. Rows count from 0, so token id 1 takes "
                "`table[1]`, not `table[0]`."),
    Mistake(task=1, when=lambda t, ids: [t[i + 1] for i in ids],
            say="Off by one: you took the row after. Rows count from 0, so token id 0 takes "
                "`table[0]`."),
    Mistake(task=1, when=lambda t, ids: list(ids),
            say="You returned the ids themselves. Use each id to pick its row of the table."),
    Mistake(task=1, when=lambda t, ids: t[ids[0]],
            say="You returned one row, not a list of rows. Make one row for every id."),
]
TOLERANCE = 1e-9
