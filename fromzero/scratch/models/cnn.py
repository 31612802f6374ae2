"""The course's MNIST CNN: conv8 -> pool -> conv16 -> pool -> 64 -> 10.

Shapes for a batch of B 28x28 images:
(B, 1, 28, 28) -conv 3x3-> (B, 8, 26, 26) -pool-> (B, 8, 13, 13)
-conv 3x3-> (B, 16, 11, 11) -pool-> (B, 16, 5, 5) -flatten-> (B, 400) -> (B, 64) -> (B, 10)
"""

from __future__ import annotations

import numpy as np

from fromzero.scratch import nn
from fromzero.scratch.tensor import Tensor


class MnistCNN(nn.Module):
    """After each forward, `feature_maps` holds every stage's output for the demos."""

    def __init__(self, channels: tuple[int, int] = (8, 16), hidden: int = 64,
                 n_classes: int = 10, image_size: int = 28, dropout: float = 0.0) -> None:
        c1, c2 = channels
        self.config = {"channels": [c1, c2], "hidden": hidden, "n_classes": n_classes,
                       "image_size": image_size, "dropout": dropout}
        self.conv1 = nn.Conv2d(1, c1, 3)
        self.conv2 = nn.Conv2d(c1, c2, 3)
        self.pool = nn.MaxPool2d(2)
        side = ((image_size - 2) // 2 - 2) // 2  # 28 -> 26 -> 13 -> 11 -> 5
        self.fc1 = nn.Linear(c2 * side * side, hidden)
        self.fc2 = nn.Linear(hidden, n_classes)
        self.drop = nn.Dropout(dropout) if dropout else None  # on the dense layer, while training
        self.feature_maps: dict[str, np.ndarray] = {}

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim == 3:
            x = x.reshape(x.shape[0], 1, x.shape[1], x.shape[2])  # (B, 1, 28, 28)
        h1 = self.pool(self.conv1(x).relu())  # (B, 8, 13, 13)
        h2 = self.pool(self.conv2(h1).relu())  # (B, 16, 5, 5)
        h3 = self.fc1(h2.reshape(h2.shape[0], -1)).relu()  # (B, 64)
        self.feature_maps = {"conv1": h1.data, "conv2": h2.data, "hidden": h3.data}
        if self.drop is not None:
            h3 = self.drop(h3)
        return self.fc2(h3)  # (B, 10)
