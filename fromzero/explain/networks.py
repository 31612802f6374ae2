"""Worked steps for Part 4: a layer of neurons, and a network of layers (the forward pass).

A layer is a list of neurons that all see the same inputs. Each neuron has its own weights and
its own bias. A network feeds each layer's outputs to the next layer as its inputs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from fromzero.explain._common import br, vec
from fromzero.explain.steps import Step, fmt

LAYER_ACTIVATIONS = ("none", "relu", "sigmoid")


def _act(name: str, z: float) -> float:
    if name == "relu":
        return z if z > 0 else 0.0
    if name == "sigmoid":
        try:
            return 1 / (1 + math.exp(-z))
        except OverflowError:
            return 0.0
    return z


def _act_label(name: str) -> str:
    return {"relu": "ReLU", "sigmoid": "sigmoid"}[name]


def _check_layer(inputs: Sequence[float], weights: Sequence[Sequence[float]],
                 biases: Sequence[float], activation: str, where: str = "The layer") -> None:
    if activation not in LAYER_ACTIVATIONS:
        raise ValueError(f"Unknown activation {activation!r}: choose one of "
                         f"{', '.join(LAYER_ACTIVATIONS)}.")
    if len(weights) != len(biases):
        raise ValueError(f"{where} needs one bias per neuron: got {len(weights)} lists of "
                         f"weights and {len(biases)} biases.")
    for i, row in enumerate(weights, start=1):
        if len(row) != len(inputs):
            raise ValueError(f"{where}: neuron {i} needs one weight per input: got "
                             f"{len(row)} weights for {len(inputs)} inputs.")


def _neuron_steps(inputs: Sequence[float], row: Sequence[float], b: float, activation: str,
                  label: str) -> tuple[list[Step], float]:
    total = 0.0
    parts = []
    for x, w in zip(inputs, row, strict=True):
        total = total + x * w
        parts.append(f"{br(x)} × {br(w)}")
    z = total + b
    expr = " + ".join(parts + [br(b)]) + f" = {fmt(z)}"
    steps = [Step(f"{label}: each input times its weight, added up, plus the bias.", expr, z)]
    if activation != "none":
        out = _act(activation, z)
        steps.append(Step(f"{label}: put that through {_act_label(activation)}.",
                          f"{_act_label(activation)}({fmt(z)}) = {fmt(out)}", out))
        return steps, out
    return steps, z


def _layer(inputs: Sequence[float], weights: Sequence[Sequence[float]], biases: Sequence[float],
           activation: str, prefix: str = "") -> tuple[list[Step], list[float]]:
    steps: list[Step] = []
    outs: list[float] = []
    for i, (row, b) in enumerate(zip(weights, biases, strict=True), start=1):
        more, out = _neuron_steps(inputs, row, b, activation, f"{prefix}Neuron {i}")
        steps += more
        outs.append(out)
    return steps, outs


def layer(inputs: Sequence[float], weights: Sequence[Sequence[float]], biases: Sequence[float],
          activation: str = "none", neuron: int = 1) -> list[Step]:
    """layer([2, 3], [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], [0.1, 0.5, -0.2]) -> [2, 3.3, 1.9].

    Every neuron sees the same inputs. The last step lists the layer's outputs; its value is
    the output of neuron number `neuron` (counting from 1), so prose can quote any of them.
    """
    _check_layer(inputs, weights, biases, activation)
    if not 1 <= int(neuron) <= len(weights):
        raise ValueError(f"neuron must be from 1 to {len(weights)}: got {neuron}.")
    steps, outs = _layer(inputs, weights, biases, activation)
    steps.append(Step("The layer's output: one number per neuron.", f"output = {vec(outs)}",
                      outs[int(neuron) - 1]))
    return steps


def network(inputs: Sequence[float], layers: Sequence[Mapping], layer: int | None = None,
            neuron: int = 1) -> list[Step]:
    """The forward pass: each layer's outputs become the next layer's inputs.

    `layers` is a list of {weights, biases, activation}. The last step's value is the output of
    neuron `neuron` in layer `layer` (counting from 1; the last layer when not given).
    """
    if not layers:
        raise ValueError("A network needs at least one layer.")
    which = len(layers) if layer is None else int(layer)
    if not 1 <= which <= len(layers):
        raise ValueError(f"layer must be from 1 to {len(layers)}: got {layer}.")
    current = list(inputs)
    steps: list[Step] = []
    kept: list[list[float]] = []
    for k, spec in enumerate(layers, start=1):
        weights = spec["weights"]
        biases = spec["biases"]
        activation = spec.get("activation", "none")
        _check_layer(current, weights, biases, activation, f"Layer {k}")
        steps.append(Step(f"Layer {k} gets its inputs.", f"inputs = {vec(current)}",
                          current[0] if current else 0.0))
        more, outs = _layer(current, weights, biases, activation, f"Layer {k}, neuron ")
        steps += [Step(s.text.replace("neuron Neuron", "neuron"), s.expr, s.value) for s in more]
        steps.append(Step(f"Layer {k} output.", f"output = {vec(outs)}", outs[0]))
        kept.append(outs)
        current = outs
    outs = kept[which - 1]
    if not 1 <= int(neuron) <= len(outs):
        raise ValueError(f"neuron must be from 1 to {len(outs)}: got {neuron}.")
    label = "The network's output." if which == len(layers) else f"The output of layer {which}."
    steps.append(Step(label, f"output = {vec(outs)}", outs[int(neuron) - 1]))
    return steps
