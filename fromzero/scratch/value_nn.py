"""A tiny neural network built from scalar `Value`s: Neuron -> Layer -> MLP.

It is slow on purpose (one Python object per number) and exists to show what a network is
before tensors hide the loops. Worked example::

    >>> net = MLP(2, [16, 16, 1])     # 2 inputs, two hidden layers of 16, one output
    >>> out = net([Value(0.5), Value(-1.0)])
    >>> len(net.parameters())          # (2*16+16) + (16*16+16) + (16*1+1)
    337
"""

from __future__ import annotations

import random

from fromzero.scratch.value import Value


class Neuron:
    """Weighted sum of the inputs plus a bias, optionally through ReLU."""

    def __init__(self, n_inputs: int, nonlinear: bool = True, rng: random.Random | None = None):
        rng = rng or random.Random(0)
        self.w = [Value(rng.uniform(-1, 1)) for _ in range(n_inputs)]
        self.b = Value(0.0)
        self.nonlinear = nonlinear

    def __call__(self, x: list[Value]) -> Value:
        act = self.b
        for wi, xi in zip(self.w, x):
            act = act + wi * xi
        return act.relu() if self.nonlinear else act

    def parameters(self) -> list[Value]:
        return self.w + [self.b]


class Layer:
    """`n_outputs` neurons that all read the same inputs."""

    def __init__(self, n_inputs: int, n_outputs: int, nonlinear: bool = True,
                 rng: random.Random | None = None):
        rng = rng or random.Random(0)
        self.neurons = [Neuron(n_inputs, nonlinear, rng) for _ in range(n_outputs)]

    def __call__(self, x: list[Value]) -> list[Value]:
        return [n(x) for n in self.neurons]

    def parameters(self) -> list[Value]:
        return [p for n in self.neurons for p in n.parameters()]


class MLP:
    """Layers in a row; the last one is linear so the output can be any number."""

    def __init__(self, n_inputs: int, sizes: list[int], seed: int = 0):
        rng = random.Random(seed)
        dims = [n_inputs] + sizes
        self.layers = [
            Layer(dims[i], dims[i + 1], nonlinear=i != len(sizes) - 1, rng=rng)
            for i in range(len(sizes))
        ]

    def __call__(self, x: list[Value]) -> list[Value] | Value:
        for layer in self.layers:
            x = layer(x)
        return x[0] if len(x) == 1 else x

    def parameters(self) -> list[Value]:
        return [p for layer in self.layers for p in layer.parameters()]

    def zero_grad(self) -> None:
        for p in self.parameters():
            p.grad = 0.0
