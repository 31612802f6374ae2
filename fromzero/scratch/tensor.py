"""A numpy array that remembers how it was computed: reverse-mode autograd on tensors.

Each operation computes its output with numpy and defines, right beside it, a small
`back(g)` function that turns the output's gradient `g` into its inputs' gradients.

Worked example::

    >>> x = Tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)   # (2, 2)
    >>> y = (x * x).sum()                                            # () scalar
    >>> y.backward()
    >>> x.grad                                                       # dy/dx = 2x
    array([[2., 4.],
           [6., 8.]], dtype=float32)

Shape glossary used in comments across fromzero.scratch:
B batch, T time (sequence position), C channels / features, V vocabulary, H heads.

Speed notes (PERF_NOTES.md): the engine adds a few microseconds per op. `back` closures
capture the inputs but never the output, so graphs hold no reference cycles and memory is
freed as soon as a graph is dropped. Arrays default to float32.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from fromzero.scratch.tensor_functions import TensorFunctions

DEFAULT_DTYPE = np.float32
_state = {"grad_enabled": True}


@contextlib.contextmanager
def no_grad() -> Iterator[None]:
    """Inside this block operations build no graph (for evaluation and weight updates)."""
    previous = _state["grad_enabled"]
    _state["grad_enabled"] = False
    try:
        yield
    finally:
        _state["grad_enabled"] = previous


def is_grad_enabled() -> bool:
    return _state["grad_enabled"]


def unbroadcast(g: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum `g` down to `shape`, undoing numpy broadcasting.

    Example: an input of shape (3,) added to a (2, 3) array receives g.sum(axis=0).
    """
    if g.shape == shape:
        return g
    extra = g.ndim - len(shape)
    if extra > 0:
        g = g.sum(axis=tuple(range(extra)))  # dimensions numpy added on the left
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and g.shape[i] != 1)
    if axes:
        g = g.sum(axis=axes, keepdims=True)  # dimensions of size 1 that were stretched
    return g


def _broadcast_error(op: str, a: np.ndarray, b: np.ndarray) -> ValueError:
    return ValueError(
        f"{op}: shapes {a.shape} and {b.shape} cannot be broadcast together — sizes must be "
        "equal or 1 when lined up from the right; try reshape or unsqueeze on one side"
    )


class Tensor(TensorFunctions):
    """An n-dimensional array with an optional gradient and a record of its inputs."""

    __slots__ = ("_back", "_op", "_prev", "data", "grad", "name", "requires_grad")
    __array_priority__ = 1000  # make `ndarray + Tensor` call Tensor.__radd__

    def __init__(self, data: Any, requires_grad: bool = False, name: str = "") -> None:
        if isinstance(data, Tensor):
            data = data.data
        array = np.asarray(data)
        from_numpy = isinstance(data, (np.ndarray, np.generic))
        if array.dtype.kind == "f" and not from_numpy:
            array = array.astype(DEFAULT_DTYPE)  # Python floats: float32 by default
        elif array.dtype.kind in "iub" and requires_grad:
            array = array.astype(DEFAULT_DTYPE)  # only floats can have gradients
        elif array.dtype.kind not in "fiub":
            array = array.astype(DEFAULT_DTYPE)
        self.data: np.ndarray = array
        self.grad: np.ndarray | None = None
        self.requires_grad = requires_grad
        self._prev: tuple[Tensor, ...] = ()
        self._back: Callable[[np.ndarray], None] | None = None
        self._op = "input"
        self.name = name

    @staticmethod
    def _make(data: np.ndarray, prev: tuple[Tensor, ...], op: str) -> Tensor:
        """A result tensor; it joins the graph only if an input needs a gradient."""
        out = Tensor.__new__(Tensor)
        out.data = data
        out.grad = None
        out._op = op
        out.name = ""
        out._back = None
        if _state["grad_enabled"] and any(p.requires_grad for p in prev):
            out.requires_grad = True
            out._prev = prev
        else:
            out.requires_grad = False
            out._prev = ()
        return out

    def _accumulate(self, g: np.ndarray) -> None:
        # never add in place: `g` may be shared with another tensor's gradient
        self.grad = g if self.grad is None else self.grad + g

    # -- basic facts ------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, ...]:
        return self.data.shape

    @property
    def ndim(self) -> int:
        return self.data.ndim

    @property
    def dtype(self) -> np.dtype:
        return self.data.dtype

    @property
    def size(self) -> int:
        return self.data.size

    def __len__(self) -> int:
        return len(self.data)

    def item(self) -> float:
        return self.data.item()

    def numpy(self) -> np.ndarray:
        return self.data

    def detach(self) -> Tensor:
        return Tensor(self.data)

    def astype(self, dtype: Any) -> Tensor:
        out = Tensor._make(self.data.astype(dtype), (self,), "astype")
        if out.requires_grad:
            out._back = lambda g: self._accumulate(g.astype(self.data.dtype))
        return out

    def __repr__(self) -> str:
        grad = ", requires_grad=True" if self.requires_grad else ""
        return f"Tensor({np.array2string(self.data, precision=4)}{grad})"

    def _other(self, other: Any) -> Tensor:
        if isinstance(other, Tensor):
            return other
        return Tensor(np.asarray(other, dtype=self.data.dtype))

    # -- elementwise arithmetic (with broadcasting) -----------------------------

    def __add__(self, other: Any) -> Tensor:
        a, b = self, self._other(other)
        try:
            data = a.data + b.data
        except ValueError:
            raise _broadcast_error("add", a.data, b.data) from None
        out = Tensor._make(data, (a, b), "add")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                if a.requires_grad:
                    a._accumulate(unbroadcast(g, a.data.shape))
                if b.requires_grad:
                    b._accumulate(unbroadcast(g, b.data.shape))
            out._back = back
        return out

    def __mul__(self, other: Any) -> Tensor:
        a, b = self, self._other(other)
        try:
            data = a.data * b.data
        except ValueError:
            raise _broadcast_error("mul", a.data, b.data) from None
        out = Tensor._make(data, (a, b), "mul")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                if a.requires_grad:
                    a._accumulate(unbroadcast(g * b.data, a.data.shape))  # d(ab)/da = b
                if b.requires_grad:
                    b._accumulate(unbroadcast(g * a.data, b.data.shape))  # d(ab)/db = a
            out._back = back
        return out

    def __truediv__(self, other: Any) -> Tensor:
        a, b = self, self._other(other)
        try:
            data = a.data / b.data
        except ValueError:
            raise _broadcast_error("div", a.data, b.data) from None
        out = Tensor._make(data, (a, b), "div")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                if a.requires_grad:
                    a._accumulate(unbroadcast(g / b.data, a.data.shape))  # 1/b
                if b.requires_grad:
                    gb = -g * a.data / (b.data * b.data)  # -a/b^2
                    b._accumulate(unbroadcast(gb, b.data.shape))
            out._back = back
        return out

    def __pow__(self, k: float) -> Tensor:
        if isinstance(k, Tensor):
            raise TypeError("pow: the power must be a plain number; try (b * a.log()).exp()")
        a = self
        out = Tensor._make(a.data**k, (a,), "pow")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g * k * a.data ** (k - 1))  # k a^(k-1)
        return out

    def __neg__(self) -> Tensor:
        a = self
        out = Tensor._make(-a.data, (a,), "neg")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(-g)
        return out

    def __sub__(self, other: Any) -> Tensor:
        return self + (-self._other(other))

    def __radd__(self, other: Any) -> Tensor:
        return self + other

    def __rsub__(self, other: Any) -> Tensor:
        return self._other(other) + (-self)

    def __rmul__(self, other: Any) -> Tensor:
        return self * other

    def __rtruediv__(self, other: Any) -> Tensor:
        return self._other(other) / self

    # -- matrix product ---------------------------------------------------------

    def __matmul__(self, other: Any) -> Tensor:
        a, b = self, self._other(other)
        if a.ndim == 0 or b.ndim == 0:
            raise ValueError(f"matmul: {a.shape} @ {b.shape} — both sides need at least 1 dim")
        if a.shape[-1] != b.shape[0 if b.ndim == 1 else -2]:
            inner_b = b.shape[0 if b.ndim == 1 else -2]
            raise ValueError(
                f"matmul: {a.shape} @ {b.shape} — inner sizes {a.shape[-1]} and {inner_b} "
                "differ; the last size of the left must equal the first (of the last two) "
                "sizes of the right; try transposing one side (.T)"
            )
        try:
            data = a.data @ b.data
        except ValueError:
            raise _broadcast_error("matmul (batch dims)", a.data, b.data) from None
        out = Tensor._make(data, (a, b), "matmul")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                # view 1-D operands as matrices so one rule covers every case
                a2 = a.data[None, :] if a.ndim == 1 else a.data  # (..., n, k)
                b2 = b.data[:, None] if b.ndim == 1 else b.data  # (..., k, m)
                g2 = g
                if a.ndim == 1:
                    g2 = np.expand_dims(g2, -2)
                if b.ndim == 1:
                    g2 = np.expand_dims(g2, -1)  # (..., n, m)
                if a.requires_grad:
                    ga = g2 @ np.swapaxes(b2, -1, -2)  # (..., n, k)
                    ga = unbroadcast(ga, a2.shape).reshape(a.shape)
                    a._accumulate(ga)
                if b.requires_grad:
                    gb = np.swapaxes(a2, -1, -2) @ g2  # (..., k, m)
                    gb = unbroadcast(gb, b2.shape).reshape(b.shape)
                    b._accumulate(gb)
            out._back = back
        return out

    # -- reductions -------------------------------------------------------------

    def sum(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        a = self
        out = Tensor._make(a.data.sum(axis=axis, keepdims=keepdims), (a,), "sum")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                if axis is not None and not keepdims:
                    g = np.expand_dims(g, axis)  # put the summed dims back as size 1
                a._accumulate(np.broadcast_to(g, a.shape))
            out._back = back
        return out

    def mean(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        """Average over `axis` (all axes if None): sum divided by how many were summed."""
        axes = range(self.ndim) if axis is None else np.atleast_1d(axis)
        count = int(np.prod([self.shape[a] for a in axes]))
        return self.sum(axis=axis, keepdims=keepdims) * (1.0 / count)

    def var(self, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Tensor:
        """Population variance (divides by N, like LayerNorm uses)."""
        centred = self - self.mean(axis=axis, keepdims=True)
        return (centred * centred).mean(axis=axis, keepdims=keepdims)

    def max(self, axis: int | None = None, keepdims: bool = False) -> Tensor:
        """Largest value; the gradient is shared equally between tied maxima."""
        a = self
        out = Tensor._make(a.data.max(axis=axis, keepdims=keepdims), (a,), "max")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                m = a.data.max(axis=axis, keepdims=True)
                mask = (a.data == m).astype(a.data.dtype)
                mask /= mask.sum(axis=axis, keepdims=True)
                if axis is not None and not keepdims:
                    g = np.expand_dims(g, axis)
                a._accumulate(mask * g)
            out._back = back
        return out

    # -- shape operations -------------------------------------------------------

    def reshape(self, *shape: int | Sequence[int]) -> Tensor:
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        a = self
        try:
            data = a.data.reshape(shape)
        except ValueError:
            raise ValueError(
                f"reshape: cannot view shape {a.shape} ({a.size} numbers) as {shape}; the "
                "new shape must hold the same count of numbers; use -1 for one size to infer"
            ) from None
        out = Tensor._make(data, (a,), "reshape")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g.reshape(a.shape))
        return out

    def view(self, *shape: int | Sequence[int]) -> Tensor:
        return self.reshape(*shape)

    def flatten(self, start_dim: int = 0) -> Tensor:
        return self.reshape(self.shape[:start_dim] + (-1,))

    def transpose(self, *axes: int) -> Tensor:
        """Swap two axes (`x.transpose(1, 2)`, like torch) or reverse all (`x.transpose()`)."""
        if len(axes) == 2:
            order = list(range(self.ndim))
            order[axes[0]], order[axes[1]] = order[axes[1]], order[axes[0]]
            return self.permute(*order)
        if not axes:
            return self.permute(*reversed(range(self.ndim)))
        return self.permute(*axes)

    def permute(self, *axes: int) -> Tensor:
        """Reorder all axes: (B, T, H, D).permute(0, 2, 1, 3) -> (B, H, T, D)."""
        a = self
        inverse = tuple(np.argsort(axes))
        out = Tensor._make(a.data.transpose(axes), (a,), "permute")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(g.transpose(inverse))
        return out

    @property
    def T(self) -> Tensor:
        return self.transpose()

    def unsqueeze(self, axis: int) -> Tensor:
        return self.reshape(np.expand_dims(self.data, axis).shape)

    def __getitem__(self, index: Any) -> Tensor:
        a = self
        if isinstance(index, Tensor):
            index = index.data
        elif isinstance(index, tuple):
            index = tuple(i.data if isinstance(i, Tensor) else i for i in index)
        out = Tensor._make(a.data[index], (a,), "index")
        if out.requires_grad:
            parts = index if isinstance(index, tuple) else (index,)
            fancy = any(isinstance(i, (np.ndarray, list)) for i in parts)

            def back(g: np.ndarray) -> None:
                full = np.zeros_like(a.data)
                if fancy:
                    np.add.at(full, index, g)  # add.at: repeated indices add up
                else:
                    full[index] = g  # slices never repeat a position
                a._accumulate(full)
            out._back = back
        return out

    def gather(self, axis: int, index: Any) -> Tensor:
        """Pick one entry per position along `axis`, like torch.gather.

        Example: x (B, V) and index (B, 1) -> out (B, 1) with out[b, 0] = x[b, index[b, 0]].
        """
        a = self
        idx = np.asarray(index.data if isinstance(index, Tensor) else index)
        out = Tensor._make(np.take_along_axis(a.data, idx, axis=axis), (a,), "gather")
        if out.requires_grad:
            def back(g: np.ndarray) -> None:
                full = np.zeros_like(a.data)
                grids = list(np.indices(idx.shape, sparse=True))
                grids[axis] = idx
                np.add.at(full, tuple(grids), g)
                a._accumulate(full)
            out._back = back
        return out

    def masked_fill(self, mask: Any, value: float) -> Tensor:
        """Put `value` where `mask` is True (e.g. -inf above the diagonal in attention)."""
        a = self
        m = np.asarray(mask.data if isinstance(mask, Tensor) else mask, dtype=bool)
        out = Tensor._make(np.where(m, a.data.dtype.type(value), a.data), (a,), "masked_fill")
        if out.requires_grad:
            out._back = lambda g: a._accumulate(unbroadcast(np.where(m, 0, g), a.shape))
        return out

    # -- backpropagation --------------------------------------------------------

    def backward(self, grad: np.ndarray | None = None) -> None:
        """Fill `.grad` of every tensor that needs one with d(self)/d(tensor)."""
        if not self.requires_grad:
            raise RuntimeError(
                "backward: this tensor does not depend on anything with requires_grad=True; "
                "create parameters with requires_grad=True and do not compute under no_grad()"
            )
        if grad is None:
            if self.data.size != 1:
                raise RuntimeError(
                    f"backward: called on a tensor of shape {self.shape}; it needs a scalar "
                    "(one number) such as a loss; try .sum() or .mean() first"
                )
            grad = np.ones_like(self.data)
        order: list[Tensor] = []
        visited: set[int] = set()
        stack: list[tuple[Tensor, bool]] = [(self, False)]
        while stack:  # iterative depth-first topological sort
            node, children_done = stack.pop()
            if children_done:
                order.append(node)
            elif id(node) not in visited:
                visited.add(id(node))
                stack.append((node, True))
                stack.extend((p, False) for p in node._prev if id(p) not in visited)
        self.grad = grad if self.grad is None else self.grad + grad
        for node in reversed(order):
            if node._back is not None and node.grad is not None:
                node._back(node.grad)

    def zero_grad(self) -> None:
        self.grad = None

    def walk(self) -> list[Tensor]:
        """Every tensor in this graph, inputs first (used to find where a NaN appeared)."""
        order: list[Tensor] = []
        visited: set[int] = set()
        stack: list[tuple[Tensor, bool]] = [(self, False)]
        while stack:
            node, children_done = stack.pop()
            if children_done:
                order.append(node)
            elif id(node) not in visited:
                visited.add(id(node))
                stack.append((node, True))
                stack.extend((p, False) for p in reversed(node._prev) if id(p) not in visited)
        return order


def tensor(data: Any, requires_grad: bool = False, dtype: Any = None) -> Tensor:
    """Make a Tensor; `dtype` defaults to float32 for floats."""
    array = np.asarray(data, dtype=dtype) if dtype is not None else data
    return Tensor(array, requires_grad=requires_grad)


def concat(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    """Join tensors along an existing axis: (2, 3) and (4, 3) on axis 0 -> (6, 3)."""
    try:
        data = np.concatenate([t.data for t in tensors], axis=axis)
    except ValueError:
        shapes = ", ".join(str(t.shape) for t in tensors)
        raise ValueError(
            f"concat: shapes {shapes} cannot be joined on axis {axis} — every other size "
            "must match"
        ) from None
    out = Tensor._make(data, tuple(tensors), "concat")
    if out.requires_grad:
        edges = np.cumsum([t.shape[axis] for t in tensors])[:-1]

        def back(g: np.ndarray) -> None:
            for t, piece in zip(tensors, np.split(g, edges, axis=axis)):
                if t.requires_grad:
                    t._accumulate(piece)
        out._back = back
    return out


def stack(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    """Join same-shaped tensors along a new axis: three (4,) -> (3, 4) on axis 0."""
    shapes = {t.shape for t in tensors}
    if len(shapes) > 1:
        raise ValueError(f"stack: all shapes must be equal, got {sorted(shapes)}")
    return concat([t.unsqueeze(axis) for t in tensors], axis=axis)


def where_nonfinite(t: Tensor) -> str | None:
    """Describe the first tensor in `t`'s graph holding NaN or inf, or None if all finite."""
    for node in t.walk():
        if not np.all(np.isfinite(node.data)):
            kind = "NaN" if np.isnan(node.data).any() else "inf"
            where = "the input data" if node._op == "input" else f"the output of '{node._op}'"
            label = f" ('{node.name}')" if node.name else ""
            return f"{kind} first appeared in {where}{label}, shape {node.shape}"
    return None
