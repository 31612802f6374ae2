"""Worked steps for activation functions: sigmoid squashes, ReLU clips negatives to zero."""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import exp
from fromzero.explain.neuron import neuron_multi
from fromzero.explain.steps import Step, fmt


def sigmoid(x: float) -> list[Step]:
    """sigmoid(2): −2, e^−2 = 0.1353, 1 + 0.1353 = 1.1353, 1 ÷ 1.1353 = 0.8808."""
    neg = -x
    e = exp(neg)
    denom = 1 + e
    out = 1 / denom
    return [
        Step("Flip the sign of the input.", f"−({fmt(x)}) = {fmt(neg)}", neg),
        Step("Raise e (about 2.718) to that power.", f"e^{fmt(neg)} = {fmt(e)}", e),
        Step("Add 1.", f"1 + {fmt(e)} = {fmt(denom)}", denom),
        Step("Divide 1 by that.", f"1 ÷ {fmt(denom)} = {fmt(out)}", out),
    ]


def relu(x: float) -> list[Step]:
    """relu(5) keeps 5; relu(−3) gives 0; relu(0) gives 0."""
    if x > 0:
        return [
            Step("Is the input bigger than zero?", f"{fmt(x)} > 0: yes", 1.0),
            Step("Keep it as it is.", f"ReLU({fmt(x)}) = {fmt(x)}", x),
        ]
    return [
        Step("Is the input bigger than zero?", f"{fmt(x)} > 0: no", 0.0),
        Step("Replace it with zero.", f"ReLU({fmt(x)}) = 0", 0.0),
    ]


ACTIVATIONS = {"sigmoid": sigmoid, "relu": relu}


def complete_neuron(
    inputs: Sequence[float], weights: Sequence[float], b: float, activation: str = "sigmoid"
) -> list[Step]:
    """Weighted sum, plus bias, then the activation function."""
    if activation not in ACTIVATIONS:
        raise ValueError(
            f"Unknown activation {activation!r}: choose one of {', '.join(ACTIVATIONS)}."
        )
    steps = neuron_multi(inputs, weights, b)
    z = steps[-1].value
    return steps + ACTIVATIONS[activation](z)
