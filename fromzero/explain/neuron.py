"""Worked steps for the neuron of Part 2: one input, many inputs, and the weighted sum."""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt


def neuron(x: float, w: float, b: float) -> list[Step]:
    """One input, one weight, one bias: neuron(5, 0.5, 1) -> 5 × 0.5 = 2.5, 2.5 + 1 = 3.5."""
    product = x * w
    out = product + b
    return [
        Step("Multiply the input by the weight.", f"{fmt(x)} × {fmt(w)} = {fmt(product)}", product),
        Step("Add the bias.", f"{fmt(product)} + {fmt(b)} = {fmt(out)}", out),
        Step("That number is the neuron's output.", f"output = {fmt(out)}", out),
    ]


def weighted_sum(inputs: Sequence[float], weights: Sequence[float]) -> list[Step]:
    """Multiply each input by its weight, then add the products up, keeping a running sum."""
    if len(inputs) != len(weights):
        raise ValueError(
            f"weighted_sum needs one weight per input: got {len(inputs)} inputs "
            f"and {len(weights)} weights."
        )
    steps: list[Step] = []
    products = []
    for i, (x, w) in enumerate(zip(inputs, weights, strict=True), start=1):
        p = x * w
        products.append(p)
        steps.append(Step(f"Input {i} times its weight.", f"{fmt(x)} × {fmt(w)} = {fmt(p)}", p))
    total = 0.0
    for i, p in enumerate(products):
        before = total
        total = total + p
        if i == 0:
            steps.append(Step("Start the running sum with the first product.",
                              f"sum = {fmt(total)}", total))
        else:
            steps.append(Step("Add the next product to the running sum.",
                              f"{fmt(before)} + {fmt(p)} = {fmt(total)}", total))
    if not products:
        steps.append(Step("There are no inputs, so the sum is zero.", "sum = 0", 0.0))
    return steps


def neuron_multi(inputs: Sequence[float], weights: Sequence[float], b: float) -> list[Step]:
    """A neuron with many inputs: the weighted sum, then add the bias."""
    steps = weighted_sum(inputs, weights)
    total = steps[-1].value
    out = total + b
    steps.append(Step("Add the bias.", f"{fmt(total)} + {fmt(b)} = {fmt(out)}", out))
    return steps
