"""Module: the base of every layer. It finds its parameters, switches train/eval mode and
turns its weights into a plain dictionary (state_dict) for saving.

Worked example::

    >>> net = Sequential(Linear(2, 4), ReLU(), Linear(4, 1))
    >>> [name for name, _ in net.named_parameters()]
    ['0.weight', '0.bias', '2.weight', '2.bias']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch.nn import init
from fromzero.scratch.tensor import Tensor


class Parameter(Tensor):
    """A Tensor that a Module owns and an optimizer updates (always requires_grad)."""

    __slots__ = ()

    def __init__(self, data: Any, name: str = "") -> None:
        super().__init__(data, requires_grad=True, name=name)


class Module:
    """Base class: subclasses set Parameters and sub-Modules as attributes, write forward()."""

    training = True

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(f"{type(self).__name__} must define forward(); write one in the class")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.forward(*args, **kwargs)

    def _children(self) -> Iterator[tuple[str, Any]]:
        for name, value in vars(self).items():
            if isinstance(value, (Parameter, Module)):
                yield name, value
            elif isinstance(value, (list, tuple)):
                for i, item in enumerate(value):
                    if isinstance(item, (Parameter, Module)):
                        yield f"{name}.{i}", item

    def named_parameters(self, prefix: str = "") -> Iterator[tuple[str, Parameter]]:
        """(name, parameter) pairs; a parameter shared by two layers is listed once."""
        seen: set[int] = set()
        for name, p in self._named_parameters_all(prefix):
            if id(p) not in seen:
                seen.add(id(p))
                yield name, p

    def _named_parameters_all(self, prefix: str) -> Iterator[tuple[str, Parameter]]:
        for name, child in self._children():
            if isinstance(child, Parameter):
                yield prefix + name, child
            else:
                yield from child._named_parameters_all(prefix + name + ".")

    def parameters(self) -> list[Parameter]:
        return [p for _, p in self.named_parameters()]

    def modules(self) -> Iterator[Module]:
        yield self
        for _, child in self._children():
            if isinstance(child, Module):
                yield from child.modules()

    def num_parameters(self) -> int:
        return sum(p.size for p in self.parameters())

    def zero_grad(self) -> None:
        for p in self.parameters():
            p.grad = None

    def train(self, mode: bool = True) -> Module:
        """Training mode: Dropout drops. Returns self so calls can chain."""
        for m in self.modules():
            m.training = mode
        return self

    def eval(self) -> Module:
        """Evaluation mode: Dropout passes everything through."""
        return self.train(False)

    def state_dict(self) -> dict[str, np.ndarray]:
        return {name: p.data.copy() for name, p in self.named_parameters()}

    def load_state_dict(self, state: dict[str, np.ndarray]) -> None:
        """Copy arrays into this module's parameters; names and shapes must match."""
        own = dict(self.named_parameters())
        missing = sorted(set(own) - set(state))
        unexpected = sorted(set(state) - set(own))
        if missing or unexpected:
            raise KeyError(
                f"load_state_dict: missing {missing}, unexpected {unexpected} — the saved "
                "weights come from a differently built model; build it with the same config"
            )
        for name, p in own.items():
            array = np.asarray(state[name])
            if array.shape != p.shape:
                raise ValueError(
                    f"load_state_dict: '{name}' has shape {array.shape} in the file but "
                    f"{p.shape} in the model; build the model with the saved config"
                )
            p.data = array.astype(p.dtype, copy=False)  # no second copy when types agree

    def to(self, dtype: Any) -> Module:
        """Convert every parameter, e.g. `model.to(np.float64)` for gradient checks."""
        for p in self.parameters():
            p.data = p.data.astype(dtype)
        return self

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={v!r}" for n, v in self._children() if isinstance(v, Module))
        return f"{type(self).__name__}({inner})"


class Linear(Module):
    """y = x @ W.T + b: every output is a weighted sum of every input. (..., in) -> (..., out)"""

    def __init__(self, in_features: int, out_features: int, bias: bool = True) -> None:
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(init.fan_in_uniform((out_features, in_features), in_features))
        self.bias = Parameter(init.fan_in_uniform((out_features,), in_features)) if bias else None

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight, self.bias)

    def __repr__(self) -> str:
        return f"Linear({self.in_features}, {self.out_features})"


class Sequential(Module):
    """Run layers one after another: Sequential(a, b, c)(x) == c(b(a(x)))."""

    def __init__(self, *layers: Module) -> None:
        self.layers = list(layers)

    def _children(self) -> Iterator[tuple[str, Any]]:
        for i, layer in enumerate(self.layers):
            yield str(i), layer

    def __getitem__(self, i: int) -> Module:
        return self.layers[i]

    def __len__(self) -> int:
        return len(self.layers)

    def forward(self, x: Tensor) -> Tensor:
        for layer in self.layers:
            x = layer(x)
        return x


class ReLU(Module):
    def forward(self, x: Tensor) -> Tensor:
        return x.relu()


class Tanh(Module):
    def forward(self, x: Tensor) -> Tensor:
        return x.tanh()


class Sigmoid(Module):
    def forward(self, x: Tensor) -> Tensor:
        return x.sigmoid()


class GELU(Module):
    def forward(self, x: Tensor) -> Tensor:
        return x.gelu()


class Softmax(Module):
    def __init__(self, dim: int = -1) -> None:
        self.dim = dim

    def forward(self, x: Tensor) -> Tensor:
        return x.softmax(axis=self.dim)


class Flatten(Module):
    """(B, C, H, W) -> (B, C*H*W): keep the batch dimension, join the rest."""

    def forward(self, x: Tensor) -> Tensor:
        return x.reshape(x.shape[0], -1)


class Dropout(Module):
    """Randomly zero a fraction p of activations while training (a regulariser)."""

    def __init__(self, p: float = 0.5, seed: int | None = None) -> None:
        if not 0.0 <= p < 1.0:
            raise ValueError(f"Dropout: p={p} must be in [0, 1)")
        self.p = p
        self.rng = np.random.default_rng(seed)

    def forward(self, x: Tensor) -> Tensor:
        return F.dropout(x, self.p, self.training, self.rng)


class Embedding(Module):
    """A lookup table: integer id -> learned vector. ids (B, T) -> (B, T, C)."""

    def __init__(self, num_embeddings: int, embedding_dim: int) -> None:
        self.weight = Parameter(init.normal((num_embeddings, embedding_dim), std=1.0))

    def forward(self, ids: Any) -> Tensor:
        return F.embedding(ids, self.weight)


class MSELoss(Module):
    """Mean squared error, for predicting numbers."""

    def forward(self, pred: Tensor, target: Any) -> Tensor:
        return F.mse_loss(pred, target)


class CrossEntropyLoss(Module):
    """Cross-entropy from raw logits (the softmax is inside, done stably)."""

    def forward(self, logits: Tensor, targets: Any) -> Tensor:
        return F.cross_entropy(logits, targets)
