"""A multi-layer perceptron: Linear layers with an activation between them.

Example: MLP([784, 128, 64, 10]) maps (B, 784) -> (B, 10) with ReLU after the hidden layers.
MLP([784, 128, 10], dropout=0.5) also drops half of the hidden layer's outputs while training.
"""

from __future__ import annotations

from fromzero.scratch import nn
from fromzero.scratch.tensor import Tensor

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "gelu": nn.GELU}


class MLP(nn.Module):
    """Fully connected network; the last layer has no activation (it outputs logits)."""

    def __init__(self, sizes: list[int], activation: str = "relu", dropout: float = 0.0) -> None:
        if len(sizes) < 2:
            raise ValueError(f"MLP: sizes={sizes} needs at least an input and an output size")
        if activation not in ACTIVATIONS:
            raise ValueError(
                f"MLP: activation '{activation}' unknown; pick from {list(ACTIVATIONS)}"
            )
        self.config = {"sizes": list(sizes), "activation": activation, "dropout": dropout}
        layers: list[nn.Module] = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:
                layers.append(ACTIVATIONS[activation]())
                if dropout:  # after each hidden layer's activation, never on the logits
                    layers.append(nn.Dropout(dropout))
        self.net = nn.Sequential(*layers)

    def forward(self, x: Tensor) -> Tensor:
        return self.net(x)  # (B, sizes[-1])
