"""Scalar reverse-mode autograd: one number, one gradient, one operation at a time.

Every operation builds its output `Value` and names its local derivative right beside it,
so one operation reads as one idea. `backward()` walks the graph in reverse topological
order and applies the chain rule.

Worked example::

    >>> a = Value(2.0, label="a")
    >>> b = Value(-3.0, label="b")
    >>> c = a * b + a          # c = a*b + a = -4
    >>> c.backward()
    >>> a.grad, b.grad         # dc/da = b + 1, dc/db = a
    (-2.0, 2.0)

Speed notes (see PERF_NOTES.md): `__slots__` keeps each node small; backward rules are
plain functions stored on the node (no closure over the output, so no reference cycles for
the garbage collector to chase); the collector is paused while the graph is walked.
"""

from __future__ import annotations

import contextlib
import gc
import math
from collections.abc import Callable, Iterator
from typing import Any

Number = int | float


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector, e.g. around a whole training step of Values.

    Our graphs hold no reference cycles, so the collector only costs time: it would scan the
    tens of thousands of nodes of a graph again and again (PERF_NOTES.md: ~80 % of a scalar
    training step). Plain reference counting still frees everything. Let the graph go before
    the block ends (build it inside a function called in the block), or the collector scans
    it once when it restarts::

        with paused_gc():
            train_step(model, points)   # the graph lives and dies inside the call
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# ----------------------------------------------------------------------------
# local backward rules: each receives the output node and pushes its grad to the inputs


def _add_back(out: Value) -> None:
    a, b = out._a, out._b
    a.grad += out.grad  # d(a+b)/da = 1
    b.grad += out.grad  # d(a+b)/db = 1


def _mul_back(out: Value) -> None:
    a, b = out._a, out._b
    a.grad += b.data * out.grad  # d(a*b)/da = b
    b.grad += a.data * out.grad  # d(a*b)/db = a


def _pow_back(out: Value) -> None:
    a = out._a
    k = out._arg
    a.grad += k * a.data ** (k - 1) * out.grad  # d(a^k)/da = k a^(k-1)


def _exp_back(out: Value) -> None:
    a = out._a
    a.grad += out.data * out.grad  # d(e^a)/da = e^a


def _log_back(out: Value) -> None:
    a = out._a
    a.grad += out.grad / a.data  # d(ln a)/da = 1/a


def _tanh_back(out: Value) -> None:
    a = out._a
    a.grad += (1.0 - out.data * out.data) * out.grad  # d tanh = 1 - tanh^2


def _sigmoid_back(out: Value) -> None:
    a = out._a
    a.grad += out.data * (1.0 - out.data) * out.grad  # d sigma = sigma (1 - sigma)


def _relu_back(out: Value) -> None:
    a = out._a
    if out.data > 0:  # the slope is 1 where the input was positive, 0 elsewhere
        a.grad += out.grad


class Value:
    """A scalar that remembers how it was computed, so it can compute its gradient."""

    __slots__ = ("_a", "_arg", "_b", "_back", "_op", "data", "grad", "label")

    def __init__(
        self,
        data: Number,
        _prev: tuple[Value, ...] = (),
        _op: str = "",
        label: str = "",
    ) -> None:
        self.data = float(data)
        self.grad = 0.0
        # the Values this one was computed from, in two slots rather than a tuple: one object
        # fewer per node for Python's garbage collector to track
        self._a = _prev[0] if _prev else None
        self._b = _prev[1] if len(_prev) > 1 else None
        self._op = _op  # the operation that produced it, for display
        self._back: Callable[[Value], None] | None = None  # local chain-rule step
        self._arg: float = 0.0  # extra argument of the op (the power for `**`)
        self.label = label

    @property
    def _prev(self) -> tuple[Value, ...]:
        """The inputs of this node: (), (a,) or (a, b)."""
        if self._a is None:
            return ()
        return (self._a,) if self._b is None else (self._a, self._b)

    # -- arithmetic -------------------------------------------------------------

    def __add__(self, other: Value | Number) -> Value:
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")
        out._back = _add_back
        return out

    def __mul__(self, other: Value | Number) -> Value:
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")
        out._back = _mul_back
        return out

    def __pow__(self, k: Number) -> Value:
        if not isinstance(k, (int, float)):
            raise TypeError(
                f"Value ** {type(k).__name__}: only a plain number power is supported; "
                "try a * a or (a.log() * b).exp() for a Value power"
            )
        out = Value(self.data**k, (self,), f"**{k}")
        out._back = _pow_back
        out._arg = float(k)
        return out

    def __neg__(self) -> Value:  # -a
        return self * -1

    def __radd__(self, other: Number) -> Value:  # 1 + a
        return self + other

    def __sub__(self, other: Value | Number) -> Value:  # a - b
        return self + (-other)

    def __rsub__(self, other: Number) -> Value:  # 1 - a
        return other + (-self)

    def __rmul__(self, other: Number) -> Value:  # 2 * a
        return self * other

    def __truediv__(self, other: Value | Number) -> Value:  # a / b = a * b^-1
        other = other if isinstance(other, Value) else Value(other)
        return self * other**-1

    def __rtruediv__(self, other: Number) -> Value:  # 1 / a
        return Value(other) * self**-1

    # -- functions --------------------------------------------------------------

    def exp(self) -> Value:
        out = Value(math.exp(self.data), (self,), "exp")
        out._back = _exp_back
        return out

    def log(self) -> Value:
        if self.data <= 0:
            raise ValueError(
                f"log: got {self.data}, but log needs a positive number; "
                "check the value feeding log (probabilities must be > 0)"
            )
        out = Value(math.log(self.data), (self,), "log")
        out._back = _log_back
        return out

    def tanh(self) -> Value:
        out = Value(math.tanh(self.data), (self,), "tanh")
        out._back = _tanh_back
        return out

    def sigmoid(self) -> Value:
        x = self.data
        # two forms so that exp never overflows
        s = 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
        out = Value(s, (self,), "sigmoid")
        out._back = _sigmoid_back
        return out

    def relu(self) -> Value:
        out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")
        out._back = _relu_back
        return out

    # -- backpropagation --------------------------------------------------------

    def topological_order(self) -> list[Value]:
        """Every node reachable from this one, each listed after the nodes it depends on."""
        order: list[Value] = []
        visited: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        # iterative depth-first search: deep graphs would overflow Python's recursion limit
        while stack:
            node, children_done = stack.pop()
            if children_done:
                order.append(node)
                continue
            if id(node) in visited:
                continue
            visited.add(id(node))
            stack.append((node, True))
            for child in (node._a, node._b):  # the (up to two) inputs
                if child is not None and id(child) not in visited:
                    stack.append((child, False))
        return order

    def backward(self) -> None:
        """Fill `.grad` of every node this one depends on with d(self)/d(node)."""
        with paused_gc():  # the graph holds no cycles; scanning it only costs time
            order = self.topological_order()
            self.grad = 1.0  # d(self)/d(self)
            for node in reversed(order):
                if node._back is not None:
                    node._back(node)

    def zero_grad(self) -> None:
        """Set the grad of every node in this graph back to 0."""
        for node in self.topological_order():
            node.grad = 0.0

    def to_graph(self) -> dict[str, list[dict[str, Any]]]:
        """The graph as plain data the web can draw.

        Returns ``{"nodes": [{id, label, data, grad, op}], "edges": [{from, to}]}``, where
        an edge goes from an input to the node computed from it. For ``c = a * b``::

            nodes: a, b, c (op "*")    edges: a -> c, b -> c
        """
        order = self.topological_order()
        ids = {id(node): i for i, node in enumerate(order)}
        nodes = [
            {"id": ids[id(n)], "label": n.label, "data": n.data, "grad": n.grad, "op": n._op}
            for n in order
        ]
        edges = [
            {"from": ids[id(child)], "to": ids[id(n)]} for n in order for child in n._prev
        ]
        return {"nodes": nodes, "edges": edges}

    def __repr__(self) -> str:
        name = f"{self.label}=" if self.label else ""
        return f"Value({name}{self.data:.4g}, grad={self.grad:.4g})"
