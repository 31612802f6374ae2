"""Worked steps for self-attention: queries, keys and values, the score table, scaling by √d,
the causal mask, the softmax of each row and the outputs.

Words, rows, columns and entries are counted from 1 here, as the steps say them ("row 2").
The TS mirror is web/src/explain/self_attention.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import br, exp, vec
from fromzero.explain.steps import Step, fmt

Matrix = Sequence[Sequence[float]]
PARTS = ("q", "k", "v")
SHOWS = ("score", "weight", "output")


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    """Left to right, one product at a time, exactly as the TS mirror adds."""
    total = 0.0
    for x, y in zip(a, b, strict=True):
        total = total + x * y
    return total


def _dot_text(a: Sequence[float], b: Sequence[float]) -> str:
    return " + ".join(f"{fmt(x)} × {br(y)}" for x, y in zip(a, b, strict=True))


def _check_matrix(name: str, m: Matrix, n: int) -> None:
    if len(m) == 0 or any(len(row) != n for row in m):
        raise ValueError(f"{name} needs rows of {n} numbers, one number per embedding number.")


def project(w: Matrix, x: Sequence[float]) -> list[float]:
    """Matrix times vector: each row of w dotted with x. project([[1, 1], [0, 1]], [1, 0]) -> [1, 0]."""
    return [_dot(row, x) for row in w]


def _check_one(name: str, k: int | None, n: int) -> int | None:
    if k is None:
        return None
    if k != int(k) or not 1 <= k <= n:
        raise ValueError(f"{name} counts from 1 to {n}: got {k}.")
    return int(k)


def qkv(embedding: Sequence[float], w_q: Matrix, w_k: Matrix, w_v: Matrix,
        show: str = "v", entry: int | None = None) -> list[Step]:
    """qkv([1, 0], ...): each entry of q, k and v is one row of its matrix dotted with the embedding.

    show picks q, k or v for the last step; entry (from 1) picks one of its numbers, else the
    last step lists the whole vector and its value is the vector's last number.
    """
    n = len(embedding)
    if n == 0:
        raise ValueError("qkv needs an embedding with at least one number.")
    if show not in PARTS:
        raise ValueError(f"show is one of q, k or v: got {show!r}.")
    mats = {"q": w_q, "k": w_k, "v": w_v}
    steps: list[Step] = []
    vectors: dict[str, list[float]] = {}
    for part in PARTS:
        w = mats[part]
        _check_matrix(f"W_{part}", w, n)
        out = []
        for r, row in enumerate(w, start=1):
            value = _dot(row, embedding)
            out.append(value)
            steps.append(Step(f"{part}, number {r}: row {r} of W_{part} times the embedding.",
                              f"{_dot_text(row, embedding)} = {fmt(value)}", value))
        vectors[part] = out
        steps.append(Step(f"So the {part} vector is:", f"{part} = {vec(out)}", out[-1]))
    picked = vectors[show]
    k = _check_one("entry", entry, len(picked))
    if k is None and show != "v":
        steps.append(Step(f"The {show} vector, again:", f"{show} = {vec(picked)}", picked[-1]))
    elif k is not None:
        steps.append(Step(f"So number {k} of {show} is:", f"{show}{k} = {fmt(picked[k - 1])}",
                          picked[k - 1]))
    return steps


def _softmax_row(scores: Sequence[float], label: str, out: list[Step], what: str) -> list[float]:
    """e to each score, the total, each share; two steps. Masked scores (−infinity) give 0."""
    powers = [exp(s) for s in scores]
    total = 0.0
    for p in powers:
        total = total + p
    out.append(Step(f"{label}: e to the power of each score, and their total.",
                    " + ".join(f"e^{fmt(s)}" for s in scores) + " = "
                    + " + ".join(fmt(p) for p in powers) + f" = {fmt(total)}", total))
    shares = [p / total for p in powers]
    out.append(Step(f"{label}: divide each by the total. {what}",
                    ", ".join(f"{fmt(p)} ÷ {fmt(total)} = {fmt(s)}"
                              for p, s in zip(powers, shares, strict=True)), shares[-1]))
    return shares


def scaled_softmax(scores: Sequence[float], d: float, show: str = "after",
                   word: int | None = None) -> list[Step]:
    """Softmax of the scores, then of the scores divided by √d: the weights get less extreme.

    scaled_softmax([8, 4, 2], 16): before 0.9796, 0.0179, 0.0024; ÷ 4; after 0.6285, 0.2312, 0.1402.
    show "before" or "after" picks the last step; word (from 1) picks whose weight, by default the
    word with the biggest score.
    """
    if len(scores) == 0:
        raise ValueError("scaled_softmax needs at least one score.")
    if d <= 0:
        raise ValueError(f"d is the length of a key, 1 or more: got {d}.")
    if show not in ("before", "after"):
        raise ValueError(f"show is before or after: got {show!r}.")
    values = [float(s) for s in scores]
    steps: list[Step] = []
    before = _softmax_row(values, "Before scaling", steps, "These are the weights.")
    root = math.sqrt(d)
    steps.append(Step("The key has d numbers. Find the square root of d.",
                      f"√{fmt(d)} = {fmt(root)}", root))
    scaled = [s / root for s in values]
    steps.append(Step("Divide every score by it.",
                      ", ".join(f"{fmt(s)} ÷ {fmt(root)} = {fmt(t)}"
                                for s, t in zip(values, scaled, strict=True)), scaled[-1]))
    after = _softmax_row(scaled, "After scaling", steps, "These are the new weights.")
    biggest = 0
    for i, s in enumerate(values):
        if s > values[biggest]:
            biggest = i
    k = _check_one("word", word, len(values))
    i = biggest if k is None else k - 1
    picked = before[i] if show == "before" else after[i]
    steps.append(Step(f"So the weight of word {i + 1}, {show} scaling, is:",
                      f"weight {i + 1} = {fmt(picked)}", picked))
    return steps


def attention_numbers(embeddings: Matrix, w_q: Matrix, w_k: Matrix, w_v: Matrix,
                      scale: bool = True, causal: bool = False) -> dict[str, list[list[float]]]:
    """Every number of self-attention, no steps: q, k, v, scores, scaled, masked, weights, outputs."""
    if len(embeddings) == 0:
        raise ValueError("self_attention needs at least one word.")
    n = len(embeddings[0])
    if n == 0 or any(len(x) != n for x in embeddings):
        raise ValueError("Every embedding needs the same number of numbers.")
    for name, w in (("W_q", w_q), ("W_k", w_k), ("W_v", w_v)):
        _check_matrix(name, w, n)
    if len(w_q) != len(w_k):
        raise ValueError("W_q and W_k need the same number of rows: a query and a key must "
                         "have the same length to be dotted.")
    q = [project(w_q, x) for x in embeddings]
    k = [project(w_k, x) for x in embeddings]
    v = [project(w_v, x) for x in embeddings]
    t = len(embeddings)
    scores = [[_dot(q[i], k[j]) for j in range(t)] for i in range(t)]
    root = math.sqrt(len(k[0]))
    scaled = [[s / root if scale else s for s in row] for row in scores]
    masked = [[-math.inf if causal and j > i else s for j, s in enumerate(row)]
              for i, row in enumerate(scaled)]
    weights = []
    for row in masked:
        powers = [exp(s) for s in row]
        total = 0.0
        for p in powers:
            total = total + p
        weights.append([p / total for p in powers])
    outputs = []
    for row in weights:
        out = []
        for c in range(len(v[0])):
            total = 0.0
            for j in range(t):
                total = total + row[j] * v[j][c]
            out.append(total)
        outputs.append(out)
    return {"q": q, "k": k, "v": v, "scores": scores, "scaled": scaled, "masked": masked,
            "weights": weights, "outputs": outputs}


def self_attention(embeddings: Matrix, w_q: Matrix, w_k: Matrix, w_v: Matrix,
                   scale: bool = True, causal: bool = False, show: str = "output",
                   row: int | None = None, col: int | None = None) -> list[Step]:
    """Self-attention on a few words, every number shown.

    Each word's q, k, v (matrix times embedding); the score table q_i · k_j; ÷ √d when scale;
    −infinity above the diagonal when causal; softmax of each row (the weights); each output =
    the weighted sum of the values. The last step is one chosen number: show "score" (after
    scaling and masking), "weight" or "output", at row `row` (the word, from 1, default the last)
    and column `col` (from 1; default the last).
    """
    if show not in SHOWS:
        raise ValueError(f"show is score, weight or output: got {show!r}.")
    nums = attention_numbers(embeddings, w_q, w_k, w_v, scale, causal)
    t = len(embeddings)
    steps: list[Step] = []
    for i, x in enumerate(embeddings, start=1):
        for part in PARTS:
            w = {"q": w_q, "k": w_k, "v": w_v}[part]
            made = nums[part][i - 1]
            parts = ", ".join(_dot_text(r, x) for r in w)
            steps.append(Step(f"Word {i}: its {part} is W_{part} times its embedding {vec(x)}.",
                              f"{part}{i} = [{parts}] = {vec(made)}", made[-1]))
    for i in range(t):
        for j in range(t):
            s = nums["scores"][i][j]
            steps.append(Step(f"Score, row {i + 1}, column {j + 1}: the query of word {i + 1} "
                              f"dotted with the key of word {j + 1}.",
                              f"q{i + 1} · k{j + 1} = {_dot_text(nums['q'][i], nums['k'][j])} "
                              f"= {fmt(s)}", s))
    d = len(nums["k"][0])
    if scale:
        root = math.sqrt(d)
        steps.append(Step(f"Each key has d = {d} numbers. Find the square root of d.",
                          f"√{d} = {fmt(root)}", root))
        for i in range(t):
            raw = nums["scores"][i]
            scaled = nums["scaled"][i]
            steps.append(Step(f"Row {i + 1}: divide each score by {fmt(root)}.",
                              ", ".join(f"{fmt(s)} ÷ {fmt(root)} = {fmt(c)}"
                                        for s, c in zip(raw, scaled, strict=True)), scaled[-1]))
    if causal:
        for i in range(t - 1):
            masked = nums["masked"][i]
            later = ("the later word. Its score becomes" if i == t - 2
                     else "later words. Their scores become")
            steps.append(Step(f"Row {i + 1}: word {i + 1} may not look at {later} −infinity.",
                              f"row {i + 1} = {vec(masked)}", masked[i]))
    for i in range(t):
        _softmax_row(nums["masked"][i], f"Row {i + 1}", steps,
                     f"These are the weights of word {i + 1}.")
    for i in range(t):
        w = nums["weights"][i]
        out = nums["outputs"][i]
        terms = " + ".join(f"{fmt(a)} × {vec(value)}" for a, value in zip(w, nums["v"], strict=True))
        steps.append(Step(f"Output of word {i + 1}: its weights times the values, added up.",
                          f"{terms} = {vec(out)}", out[-1]))
    table = {"score": nums["masked"], "weight": nums["weights"], "output": nums["outputs"]}[show]
    r = _check_one("row", row, t) or t
    c = _check_one("col", col, len(table[r - 1])) or len(table[r - 1])
    value = table[r - 1][c - 1]
    steps.append(Step(f"So the {show} in row {r}, column {c} is:",
                      f"{show}[{r}][{c}] = {fmt(value)}", value))
    return steps
