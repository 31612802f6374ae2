"""Worked steps for embeddings (m9.2): looking up a token's row, the same row by one-hot times
the table, cosine similarity, and how many numbers the embedding tables hold.

The TS mirror is web/src/explain/embed.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import br, vec
from fromzero.explain.steps import Step, fmt

Table = Sequence[Sequence[float]]


def _check_table(table: Table) -> tuple[int, int]:
    if not table or not table[0] or any(len(row) != len(table[0]) for row in table):
        raise ValueError("An embedding table needs at least one row, and every row the same "
                         "length.")
    return len(table), len(table[0])


def _check_id(token_id: float, rows: int) -> int:
    if token_id != int(token_id) or not 0 <= token_id < rows:
        raise ValueError(f"The table has {rows} rows, ids 0 to {rows - 1}: there is no token id "
                         f"{token_id}.")
    return int(token_id)


def _pick(steps: list[Step], row: Sequence[float], show: int | None) -> list[Step]:
    """With show=i (from 0), end on number i + 1 of the row; otherwise the last step stands."""
    if show is None:
        return steps
    if show != int(show) or not 0 <= show < len(row):
        raise ValueError(f"show picks a number from 0 to {len(row) - 1}: got {show}.")
    i = int(show)
    steps.append(Step(f"So number {i + 1} of the embedding is:", fmt(row[i]), row[i]))
    return steps


def lookup(table: Table, token_id: int, show: int | None = None) -> list[Step]:
    """lookup([[1, 2], [3, 4], [5, 6]], 1): row 1 (counting from 0) is [3, 4].

    The final value is the last number of the row; show=i (from 0) ends on number i + 1.
    """
    rows, width = _check_table(table)
    i = _check_id(token_id, rows)
    row = list(table[i])
    steps = [
        Step(f"The table has one row per token: {rows} rows, with {width} numbers in each.",
             f"{rows} rows × {width} numbers", rows * width),
        Step(f"Token id {i} picks row {i} (rows count from 0). Copy that row out.",
             f"row {i} = {vec(row)}", row[-1]),
    ]
    return _pick(steps, row, show)


def one_hot_times_table(token_id: int, table: Table, show: int | None = None) -> list[Step]:
    """one_hot_times_table(1, [[1, 2], [3, 4], [5, 6]]): [0, 1, 0] × table = [3, 4].

    Every number of the answer is the one-hot row times one column of the table. The final
    value is the last number of the answer; show=i (from 0) ends on number i + 1.
    """
    rows, width = _check_table(table)
    i = _check_id(token_id, rows)
    hot = [1 if k == i else 0 for k in range(rows)]
    steps = [Step(f"Make the one-hot row: {rows} numbers, all 0, with a 1 at position {i}.",
                  "[" + ", ".join(str(h) for h in hot) + "]", i)]
    answer = []
    for j in range(width):
        total = 0.0
        for k in range(rows):
            total = total + hot[k] * table[k][j]
        answer.append(total)
        parts = " + ".join(f"{hot[k]} × {br(table[k][j])}" for k in range(rows))
        steps.append(Step(f"Column {j + 1}: multiply the one-hot row by column {j + 1} of the "
                          "table, and add.", f"{parts} = {fmt(total)}", total))
    count = rows * width
    steps.append(Step("Count the multiplications: one per row, for every column.",
                      f"{rows} × {width} = {count}", count))
    steps.append(Step(f"Put the answers side by side. It is row {i} of the table.",
                      f"{vec(answer)} = row {i}", answer[-1]))
    return _pick(steps, answer, show)


def cosine_similarity(a: Sequence[float], b: Sequence[float]) -> list[Step]:
    """cosine_similarity([1, 0], [1, 1]): dot 1, lengths 1 and 1.4142, 1 ÷ 1.4142 = 0.7071."""
    if len(a) != len(b):
        raise ValueError(f"Cosine similarity needs two vectors of the same length: got {len(a)} "
                         f"and {len(b)}.")
    if not a:
        raise ValueError("Cosine similarity needs at least one number in each vector.")
    dot = 0.0
    for x, y in zip(a, b, strict=True):
        dot = dot + x * y
    sizes = []
    for v in (a, b):
        total = 0.0
        for x in v:
            total = total + x * x
        sizes.append((total, math.sqrt(total)))
    (sq_a, len_a), (sq_b, len_b) = sizes
    if len_a == 0 or len_b == 0:
        raise ValueError("A vector of all zeros has no direction, so cosine similarity has no "
                         "answer for it (it would divide by 0).")
    both = len_a * len_b
    sim = dot / both
    return [
        Step("The dot product: multiply the numbers at each position, and add.",
             " + ".join(f"{br(x)} × {br(y)}" for x, y in zip(a, b, strict=True))
             + f" = {fmt(dot)}", dot),
        Step("The length of a: square each number, add, take the square root.",
             f"√({' + '.join(f'{br(x)} × {br(x)}' for x in a)}) = √{fmt(sq_a)} = {fmt(len_a)}",
             len_a),
        Step("The length of b, the same way.",
             f"√({' + '.join(f'{br(x)} × {br(x)}' for x in b)}) = √{fmt(sq_b)} = {fmt(len_b)}",
             len_b),
        Step("Multiply the two lengths.", f"{fmt(len_a)} × {fmt(len_b)} = {fmt(both)}", both),
        Step("Divide the dot product by that: the cosine similarity.",
             f"{fmt(dot)} ÷ {fmt(both)} = {fmt(sim)}", sim),
    ]


PARAM_PARTS = ("tokens", "positions", "total")


def _whole(name: str, v: float, least: int) -> int:
    if v != int(v) or v < least:
        raise ValueError(f"{name} is a whole number of {least} or more: got {v}.")
    return int(v)


def embedding_params(vocab: int, width: int, positions: int = 0,
                     show: str = "total") -> list[Step]:
    """Numbers in the embedding tables: vocab × width, plus positions × width.

    embedding_params(76, 128, 128): 76 × 128 = 9728, 128 × 128 = 16384, total 26112.
    positions=0 means no position table. show="tokens" or "positions" ends on that table.
    """
    v = _whole("vocab", vocab, 1)
    c = _whole("width", width, 1)
    t = _whole("positions", positions, 0)
    if show not in PARAM_PARTS:
        raise ValueError(f"show is one of {', '.join(PARAM_PARTS)}: got {show!r}.")
    tokens = v * c
    steps = [Step(f"Token table: one row per token ({v}), {c} numbers in each row.",
                  f"{v} × {c} = {tokens}", tokens)]
    if t == 0:
        steps.append(Step("No position table: the token table is all.", f"{tokens}", tokens))
        places = 0
    else:
        places = t * c
        steps.append(Step(f"Position table: one row per position ({t}), {c} numbers in each.",
                          f"{t} × {c} = {places}", places))
        steps.append(Step("Add the two tables.", f"{tokens} + {places} = {tokens + places}",
                          tokens + places))
    if show != "total":
        picked = tokens if show == "tokens" else places
        label = "the token table" if show == "tokens" else "the position table"
        steps.append(Step(f"So {label} holds:", f"{picked}", picked))
    return steps
