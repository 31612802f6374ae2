"""Worked steps for multi-head attention (m8.3): several small attention heads side by side.

head_split: share a width between heads (8 numbers, 2 heads -> 2 heads of 4) and show the slices.
concat: glue lists end to end ([1, 2] and [3] -> [1, 2, 3]).
one_head: one attention head over a few tokens: queries, keys, values, scaled scores, the
  weights (softmax of each row), and each token's output.
multi_head: every head, then each token's head outputs glued together, then W_o times them.
attention_params: how many numbers an attention layer learns (the same for any head count).

As in m8.2 (and Part 1's matrix times vector), a token's query is W_q times its embedding:
W_q has one row per query number and one column per embedding number, and each row dotted with
the embedding makes one number of the query (q = W_q · x). The same goes for keys, values and
W_o (final output = W_o · glued list), as in fromzero.scratch's Linear and PyTorch.
Sums are added left to right, one at a time, so the TS mirror prints the very same characters.
Positions in prose are counted from 1 (token 1, head 1), as the lesson does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from fromzero.explain._common import add, vec
from fromzero.explain.steps import Step, fmt

Matrix = Sequence[Sequence[float]]


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    total = 0.0
    for x, y in zip(a, b, strict=True):
        total = total + x * y
    return total


def _check_matrix(m: Matrix, cols: int, name: str) -> int:
    """The number of rows of m (numbers that come out), after checking each row has `cols`."""
    if len(m) == 0 or any(len(r) != cols for r in m):
        raise ValueError(f"{name} needs rows of {cols} numbers (one number per number that goes "
                         "in), and at least one row.")
    return len(m)


def _times(m: Matrix, x: Sequence[float]) -> tuple[str, list[float]]:
    """m · x written out, each row of m dotted with x: '[1 × 1 + 0 × 0, ...] = [1, ...]'."""
    parts = []
    out = []
    for row in m:
        parts.append(" + ".join(f"{fmt(a)} × {fmt(b)}" for a, b in zip(row, x, strict=True)))
        out.append(_dot(row, x))
    return "[" + ", ".join(parts) + "] = " + vec(out), out


def _softmax(scores: Sequence[float]) -> list[float]:
    """e to each score, divided by the total (the numbers here are small, so no overflow)."""
    exps = [math.exp(s) for s in scores]
    total = add(exps)
    return [e / total for e in exps]


def _check_tokens(x: Matrix) -> int:
    if not x:
        raise ValueError("Attention needs at least one token.")
    width = len(x[0])
    if width == 0 or any(len(t) != width for t in x):
        raise ValueError("Every token's embedding needs the same length.")
    return width


def _pick(name: str, pair: Sequence[int], rows: int, cols: int) -> tuple[int, int]:
    if len(pair) != 2 or not (1 <= pair[0] <= rows and 1 <= pair[1] <= cols):
        raise ValueError(f"{name} needs two numbers counted from 1: a row from 1 to {rows} "
                         f"and a column from 1 to {cols}.")
    return int(pair[0]), int(pair[1])


def head_split(width: int, heads: int, vector: Sequence[float] | None = None) -> list[Step]:
    """head_split(8, 2): 8 ÷ 2 = 4, head 1 gets positions 1 to 4, head 2 gets 5 to 8 -> 4.

    With a vector of `width` numbers, each head's slice is shown. The last value is the head size.
    """
    if width != int(width) or heads != int(heads) or width < 1 or heads < 1:
        raise ValueError("The width and the number of heads must be whole numbers, 1 or more.")
    width, heads = int(width), int(heads)
    if width % heads != 0:
        raise ValueError(f"{width} numbers do not split evenly into {heads} heads: "
                         f"{width} ÷ {heads} is not a whole number.")
    size = width // heads
    steps = [Step("Share the width between the heads: each head gets width ÷ heads numbers.",
                  f"{width} ÷ {heads} = {size}", size)]
    if vector is not None:
        if len(vector) != width:
            raise ValueError(f"The vector needs {width} numbers, one per position of the width.")
        for h in range(heads):
            part = list(vector[h * size:(h + 1) * size])
            steps.append(Step(f"Head {h + 1} gets positions {h * size + 1} to {(h + 1) * size}.",
                              f"head {h + 1} = {vec(part)}", part[-1]))
    steps.append(Step("So each head works with this many numbers: the head size.",
                      f"head size = {size}", size))
    return steps


def concat(parts: Sequence[Sequence[float]], show: int | None = None) -> list[Step]:
    """concat([[1, 2], [3, 4]]): [1, 2], then [1, 2, 3, 4] -> 4 numbers.

    Glue the lists end to end, in order. The last value is the length of the glued list, or,
    with show=k, its number k (counted from 1).
    """
    if not parts:
        raise ValueError("concat needs at least one list to glue.")
    glued: list[float] = []
    steps: list[Step] = []
    for i, part in enumerate(parts):
        glued = glued + [float(v) for v in part]
        if i == 0:
            steps.append(Step("Start with the first list.", vec(glued), len(glued)))
        else:
            steps.append(Step(f"Put list {i + 1} on the end.", f"{vec(part)} → {vec(glued)}",
                              len(glued)))
    sizes = " + ".join(str(len(p)) for p in parts)
    steps.append(Step("The glued list is as long as all the lists together.",
                      f"{sizes} = {len(glued)}", len(glued)))
    if show is not None:
        if show != int(show) or not 1 <= show <= len(glued):
            raise ValueError(f"show must be a position from 1 to {len(glued)}.")
        k = int(show)
        steps.append(Step(f"Number {k} of the glued list:", f"glued[{k}] = {fmt(glued[k - 1])}",
                          glued[k - 1]))
    return steps


def head_numbers(x: Matrix, w_q: Matrix, w_k: Matrix, w_v: Matrix) -> dict[str, list[list[float]]]:
    """One head without steps: queries, keys, values, scores, weights and outputs (for code)."""
    width = _check_tokens(x)
    size = _check_matrix(w_q, width, "W_q")
    if _check_matrix(w_k, width, "W_k") != size:
        raise ValueError("W_q and W_k need the same number of rows: a query and a key are "
                         "compared number by number.")
    _check_matrix(w_v, width, "W_v")
    q = [_times(w_q, t)[1] for t in x]
    k = [_times(w_k, t)[1] for t in x]
    v = [_times(w_v, t)[1] for t in x]
    root = math.sqrt(size)
    scores = [[_dot(qi, kj) / root for kj in k] for qi in q]
    weights = [_softmax(row) for row in scores]
    outputs = [_mix(row, v)[1] for row in weights]
    return {"q": q, "k": k, "v": v, "scores": scores, "weights": weights, "outputs": outputs}


def _mix(weights: Sequence[float], values: Matrix) -> tuple[str, list[float]]:
    """Σ weight × value: '0.2 × [1, 0] + 0.8 × [0, 1] = [0.2, 0.8]' and the answer."""
    out = []
    for j in range(len(values[0])):
        total = 0.0
        for w, v in zip(weights, values, strict=True):
            total = total + w * v[j]
        out.append(total)
    text = " + ".join(f"{fmt(w)} × {vec(v)}" for w, v in zip(weights, values, strict=True))
    return f"{text} = {vec(out)}", out


def _head_steps(x: Matrix, w_q: Matrix, w_k: Matrix, w_v: Matrix, label: str
                ) -> tuple[list[Step], dict[str, list[list[float]]]]:
    nums = head_numbers(x, w_q, w_k, w_v)
    size = len(w_q)
    steps: list[Step] = []
    for name, matrix, key in (("query", w_q, "q"), ("key", w_k, "k"), ("value", w_v, "v")):
        for i, token in enumerate(x):
            expr, out = _times(matrix, token)
            steps.append(Step(f"{label}Token {i + 1}'s {name}: W_{key} times its embedding "
                              "(each row gives one number).", f"{key}{i + 1} = {expr}", out[-1]))
    root = math.sqrt(size)
    steps.append(Step(f"{label}Scaling: we divide each score by the square root of the head "
                      "size.", f"√{size} = {fmt(root)}", root))
    for i, qi in enumerate(nums["q"]):
        parts = []
        for kj, s in zip(nums["k"], nums["scores"][i], strict=True):
            pairs = " + ".join(f"{fmt(a)} × {fmt(b)}" for a, b in zip(qi, kj, strict=True))
            parts.append(f"({pairs}) ÷ {fmt(root)} = {fmt(s)}")
        steps.append(Step(f"{label}Token {i + 1}'s scores: its query times each key, "
                          f"divided by {fmt(root)}.", "; ".join(parts), nums["scores"][i][-1]))
    for i, row in enumerate(nums["weights"]):
        steps.append(Step(f"{label}Softmax turns token {i + 1}'s scores into attention "
                          "weights.", f"softmax({', '.join(fmt(s) for s in nums['scores'][i])})"
                          f" = {vec(row)}", row[-1]))
    for i, row in enumerate(nums["weights"]):
        expr, out = _mix(row, nums["v"])
        steps.append(Step(f"{label}Token {i + 1}'s output: each value times its weight, "
                          "added up.", expr, out[-1]))
    return steps, nums


def one_head(x: Matrix, w_q: Matrix, w_k: Matrix, w_v: Matrix,
             weight: Sequence[int] | None = None, output: Sequence[int] | None = None
             ) -> list[Step]:
    """One attention head over the tokens x; the last value is the last token's last output.

    weight=[i, j] adds a last step with the weight token i gives token j (counted from 1);
    output=[i, n] adds one with number n of token i's output.
    """
    steps, nums = _head_steps(x, w_q, w_k, w_v, "")
    n = len(x)
    if weight is not None:
        i, j = _pick("weight", weight, n, n)
        w = nums["weights"][i - 1][j - 1]
        steps.append(Step(f"The weight token {i} gives token {j}:", f"weight = {fmt(w)}", w))
    if output is not None:
        i, k = _pick("output", output, n, len(w_v))
        o = nums["outputs"][i - 1][k - 1]
        steps.append(Step(f"Number {k} of token {i}'s output:", f"output = {fmt(o)}", o))
    return steps


Head = Mapping[str, Matrix] | Sequence[Matrix]


def _check_heads(heads: Sequence[Head]) -> list[dict[str, Matrix]]:
    """Each head as {"w_q", "w_k", "w_v"}; a head may also be given as [w_q, w_k, w_v]."""
    if not heads:
        raise ValueError("multi_head needs at least one head.")
    out = []
    for h, head in enumerate(heads):
        if isinstance(head, Mapping):
            missing = [k for k in ("w_q", "w_k", "w_v") if k not in head]
            if missing:
                raise ValueError(f"Head {h + 1} needs the matrices w_q, w_k and w_v; missing "
                                 f"{', '.join(missing)}.")
            out.append({k: head[k] for k in ("w_q", "w_k", "w_v")})
        elif len(head) == 3:
            out.append({"w_q": head[0], "w_k": head[1], "w_v": head[2]})
        else:
            raise ValueError(f"Head {h + 1} needs three matrices: w_q, w_k and w_v.")
    return out


def multi_head_numbers(x: Matrix, heads: Sequence[Head], w_o: Matrix) -> dict[str, list]:
    """Every head's numbers, the glued lists and the final outputs, without steps."""
    heads = _check_heads(heads)
    per_head = [head_numbers(x, h["w_q"], h["w_k"], h["w_v"]) for h in heads]
    glued = [[v for nums in per_head for v in nums["outputs"][i]] for i in range(len(x))]
    _check_matrix(w_o, len(glued[0]), "W_o")
    final = [_times(w_o, g)[1] for g in glued]
    return {"heads": per_head, "glued": glued, "final": final}


def multi_head(x: Matrix, heads: Sequence[Head], w_o: Matrix,
               detail: bool = True, show: Sequence[int] | None = None) -> list[Step]:
    """Every head, then each token's head outputs glued end to end, then W_o times each glued list.

    heads: a list of {"w_q", "w_k", "w_v"} (or of [w_q, w_k, w_v]), one per head; each matrix has
    one row per head number and one column per embedding number. w_o has one row per output
    number and one column per glued number.
    detail=False shows each head's outputs only (one step per token), not its inner steps.
    The last value is the last token's last output number; show=[i, n] picks number n of
    token i's final output (counted from 1) instead.
    """
    heads = _check_heads(heads)
    nums = multi_head_numbers(x, heads, w_o)
    steps: list[Step] = []
    for h, head in enumerate(heads):
        if detail:
            inner, _ = _head_steps(x, head["w_q"], head["w_k"], head["w_v"], f"Head {h + 1}. ")
            steps.extend(inner)
        else:
            for i, out in enumerate(nums["heads"][h]["outputs"]):
                steps.append(Step(f"Head {h + 1} gives token {i + 1} this output.",
                                  vec(out), out[-1]))
    for i, glued in enumerate(nums["glued"]):
        pieces = ", ".join(vec(nums["heads"][h]["outputs"][i]) for h in range(len(heads)))
        steps.append(Step(f"Token {i + 1}: glue the heads' outputs end to end.",
                          f"concat({pieces}) = {vec(glued)}", glued[-1]))
    for i, glued in enumerate(nums["glued"]):
        expr, out = _times(w_o, glued)
        steps.append(Step(f"Token {i + 1}'s final output: W_o times its glued list.", expr,
                          out[-1]))
    if show is not None:
        i, k = _pick("show", show, len(x), len(w_o))
        v = nums["final"][i - 1][k - 1]
        steps.append(Step(f"Number {k} of token {i}'s final output:", f"output = {fmt(v)}", v))
    return steps


def attention_params(width: int, heads: int) -> list[Step]:
    """attention_params(8, 2): 4 numbers per head, W_q, W_k, W_v, W_o and biases -> 288.

    The count is 4 × width × width + 4 × width, whatever the number of heads.
    """
    size = head_split(width, heads)[0].value
    width, heads = int(width), int(heads)
    per_head = width * int(size)
    one_kind = heads * per_head
    qkv = 3 * one_kind
    qkv_bias = 3 * width
    w_o = width * width
    total = qkv + qkv_bias + w_o + width
    return [
        Step("Head size: the width shared between the heads.", f"{width} ÷ {heads} = {fmt(size)}",
             size),
        Step("One head's W_q: a row per head number, a column per embedding number.",
             f"{fmt(size)} × {width} = {per_head}", per_head),
        Step("W_q for all the heads together.", f"{heads} × {per_head} = {one_kind}", one_kind),
        Step("The same again for W_k and W_v: three kinds of matrix.",
             f"3 × {one_kind} = {qkv}", qkv),
        Step("One bias per query, key and value number.", f"3 × {width} = {qkv_bias}", qkv_bias),
        Step("W_o: a row per output number, a column per glued number.",
             f"{width} × {width} = {w_o}", w_o),
        Step("Add them all, and one bias per output number.",
             f"{qkv} + {qkv_bias} + {w_o} + {width} = {total}", total),
    ]
