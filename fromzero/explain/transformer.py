"""Worked steps for the transformer block (m8.4): layer normalisation, the residual add, the
feed-forward layer, and how many parameters one block has.

The TS mirror is web/src/explain/transformer.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import br, sum_step
from fromzero.explain.steps import Step, fmt


def _pick(steps: list[Step], values: Sequence[float], show: int | None, what: str) -> list[Step]:
    """With show=i (from 0), end on entry i + 1 of `values`; otherwise the last step stands."""
    if show is None:
        return steps
    if show != int(show) or not 0 <= show < len(values):
        raise ValueError(f"show picks an entry from 0 to {len(values) - 1}: got {show}.")
    i = int(show)
    steps.append(Step(f"So {what} number {i + 1} is:", f"{fmt(values[i])}", values[i]))
    return steps


def _weighted_sum(text: str, inputs: Sequence[float], row: Sequence[float], b: float,
                  steps: list[Step]) -> float:
    """One dense neuron: add each input times its weight, left to right, then the bias.

    Appends the step (with every product written out) and returns the neuron's value.
    """
    total = 0.0
    for xi, w in zip(inputs, row, strict=True):
        total = total + xi * w
    z = total + b
    parts = [f"{br(xi)} × {br(w)}" for xi, w in zip(inputs, row, strict=True)]
    steps.append(Step(text, f"{' + '.join(parts + [br(b)])} = {fmt(z)}", z))
    return z


def layer_norm(values: Sequence[float], gamma: float = 1, beta: float = 0, eps: float = 1e-5,
               show: int | None = None) -> list[Step]:
    """layer_norm([2, 4, 6]): mean 4, variance 2.6667, std 1.633, then −1.2247, 0, 1.2247.

    One token's vector: subtract its mean, divide by its standard deviation (with a tiny eps
    added to the variance so we never divide by 0), then scale by gamma and shift by beta.
    The final value is the last entry; show=i (from 0) ends on entry i + 1 instead.
    """
    n = len(values)
    if n == 0:
        raise ValueError("layer_norm needs at least one number.")
    steps = [sum_step("Add up all the numbers.", values)]
    total = steps[0].value
    m = total / n
    steps.append(Step(f"Divide by how many there are ({n}): that is the mean.",
                      f"{fmt(total)} ÷ {n} = {fmt(m)}", m))
    squares = []
    for v in values:
        gap = v - m
        sq = gap * gap
        squares.append(sq)
    sq_total = 0.0
    for sq in squares:
        sq_total = sq_total + sq
    steps.append(Step("Take each number's gap from the mean, square it, and add the squares.",
                      " + ".join(f"({fmt(v)} − {br(m)})²" for v in values)
                      + f" = {' + '.join(fmt(s) for s in squares)} = {fmt(sq_total)}", sq_total))
    var = sq_total / n
    steps.append(Step(f"Divide by {n}: that is the variance.", f"{fmt(sq_total)} ÷ {n} = {fmt(var)}",
                      var))
    sd = math.sqrt(var + eps)
    steps.append(Step("Add the tiny ε, then take the square root: the standard deviation.",
                      f"√({fmt(var)} + {fmt(eps)}) = {fmt(sd)}", sd))
    outs = []
    for i, v in enumerate(values, start=1):
        z = (v - m) / sd
        out = gamma * z + beta
        outs.append(out)
        steps.append(Step(f"Number {i}: subtract the mean, divide by the standard deviation, "
                          "then scale by γ and shift by β.",
                          f"({fmt(v)} − {br(m)}) ÷ {fmt(sd)} = {fmt(z)}, "
                          f"{fmt(gamma)} × {br(z)} + {br(beta)} = {fmt(out)}", out))
    return _pick(steps, outs, show, "the normalised")


def residual_add(x: Sequence[float], fx: Sequence[float], show: int | None = None) -> list[Step]:
    """residual_add([1, 2], [0.5, -1]): 1 + 0.5 = 1.5, 2 + (−1) = 1. The last is the final value."""
    if len(x) != len(fx):
        raise ValueError(f"The input has {len(x)} numbers but the layer's output has {len(fx)}: "
                         "a residual add needs the same number in both.")
    if len(x) == 0:
        raise ValueError("residual_add needs at least one number.")
    steps = []
    outs = []
    for i, (a, b) in enumerate(zip(x, fx, strict=True), start=1):
        out = a + b
        outs.append(out)
        steps.append(Step(f"Number {i}: keep the input and add what the layer made.",
                          f"{fmt(a)} + {br(b)} = {fmt(out)}", out))
    return _pick(steps, outs, show, "the output")


def feed_forward(x: Sequence[float], W1: Sequence[Sequence[float]], b1: Sequence[float],
                 W2: Sequence[Sequence[float]], b2: Sequence[float],
                 show: int | None = None) -> list[Step]:
    """Two dense layers with ReLU between, for one position's vector.

    W1 has one row per hidden neuron (one weight per input number); W2 one row per output
    number (one weight per hidden neuron). The final value is the last output; show=i (from 0)
    ends on output i + 1 instead.
    """
    if len(W1) != len(b1) or any(len(row) != len(x) for row in W1):
        raise ValueError(f"W1 needs one row per hidden neuron with {len(x)} weights each, and "
                         f"b1 one bias per row: got {len(W1)} rows and {len(b1)} biases.")
    if len(W2) != len(b2) or any(len(row) != len(W1) for row in W2):
        raise ValueError(f"W2 needs one row per output with {len(W1)} weights each, and b2 one "
                         f"bias per row: got {len(W2)} rows and {len(b2)} biases.")
    if len(W2) == 0:
        raise ValueError("feed_forward needs at least one output.")
    steps = []
    hidden = []
    for j, (row, b) in enumerate(zip(W1, b1, strict=True), start=1):
        z = _weighted_sum(f"Hidden neuron {j}: weighted sum of the input plus its bias.", x, row,
                          b, steps)
        r = z if z > 0 else 0.0
        hidden.append(r)
        steps.append(Step(f"ReLU on hidden neuron {j}: keep it if above 0, else 0.",
                          f"ReLU({fmt(z)}) = {fmt(r)}", r))
    outs = []
    for k, (row, b) in enumerate(zip(W2, b2, strict=True), start=1):
        outs.append(_weighted_sum(f"Output {k}: weighted sum of the hidden numbers plus its bias.",
                                  hidden, row, b, steps))
    return _pick(steps, outs, show, "the output")


BLOCK_PARTS = ("attention", "feed_forward", "norms", "total")


def _whole(name: str, v: float) -> int:
    if v != int(v) or v < 1:
        raise ValueError(f"{name} is a whole number of 1 or more: got {v}.")
    return int(v)


def block_params(d_model: int, d_ff: int | None = None, show: str = "total") -> list[Step]:
    """Parameters of one transformer block with d_model numbers per token.

    block_params(64): attention 4 × 64 × 64 + 4 × 64 = 16640; feed-forward (d_ff = 256)
    64 × 256 + 256 + 256 × 64 + 64 = 33088; two norms 2 × 2 × 64 = 256; total 49984.
    show = "attention", "feed_forward" or "norms" ends on that part instead of the total.
    """
    d = _whole("d_model", d_model)
    ff = 4 * d if d_ff is None else _whole("d_ff", d_ff)
    if show not in BLOCK_PARTS:
        raise ValueError(f"show is one of {', '.join(BLOCK_PARTS)}: got {show!r}.")
    attn_w = 4 * d * d
    attn = attn_w + 4 * d
    ff_in = d * ff + ff
    ff_out = ff * d + d
    ffn = ff_in + ff_out
    norms = 2 * 2 * d
    total = attn + ffn + norms
    steps = [
        Step("Attention: query, key, value and output layers, each with d × d weights.",
             f"4 × {d} × {d} = {attn_w}", attn_w),
        Step("Add their biases: d for each of the 4 layers.", f"{attn_w} + 4 × {d} = {attn}",
             attn),
        Step(f"Feed-forward, first layer: {d} inputs to {ff} hidden neurons, plus biases.",
             f"{d} × {ff} + {ff} = {ff_in}", ff_in),
        Step(f"Feed-forward, second layer: {ff} hidden neurons back to {d}, plus biases.",
             f"{ff} × {d} + {d} = {ff_out}", ff_out),
        Step("The whole feed-forward layer.", f"{ff_in} + {ff_out} = {ffn}", ffn),
        Step("Two layer norms, each with d scales (γ) and d shifts (β).",
             f"2 × 2 × {d} = {norms}", norms),
        Step("Add the three parts: the whole block.", f"{attn} + {ffn} + {norms} = {total}",
             total),
    ]
    if show != "total":
        picked = {"attention": attn, "feed_forward": ffn, "norms": norms}[show]
        label = {"attention": "attention", "feed_forward": "the feed-forward layer",
                 "norms": "the two norms"}[show]
        steps.append(Step(f"So {label} holds:", f"{picked}", picked))
    return steps
