"""Convolution and pooling layers for images shaped (B, C, H, W)."""

from __future__ import annotations

from fromzero.scratch import functional as F
from fromzero.scratch.nn import init
from fromzero.scratch.nn.module import Module, Parameter
from fromzero.scratch.tensor import Tensor


class Conv2d(Module):
    """Slide `out_channels` learned K x K filters over the image.

    Example: Conv2d(1, 8, 3) maps (B, 1, 28, 28) -> (B, 8, 26, 26); with padding=1 the
    output stays 28 x 28; with stride=2 it halves.
    """

    def __init__(
        self, in_channels: int, out_channels: int, kernel_size: int,
        stride: int = 1, padding: int = 0, bias: bool = True,
    ) -> None:
        fan_in = in_channels * kernel_size * kernel_size
        shape = (out_channels, in_channels, kernel_size, kernel_size)
        self.weight = Parameter(init.fan_in_uniform(shape, fan_in))  # (O, C, K, K)
        self.bias = Parameter(init.fan_in_uniform((out_channels,), fan_in)) if bias else None
        self.stride = stride
        self.padding = padding

    def forward(self, x: Tensor) -> Tensor:
        return F.conv2d(x, self.weight, self.bias, self.stride, self.padding)


class MaxPool2d(Module):
    """Keep the largest value in each K x K window: (B, C, 26, 26) -> (B, C, 13, 13) for K=2."""

    def __init__(self, kernel_size: int = 2, stride: int | None = None) -> None:
        self.kernel_size = kernel_size
        self.stride = stride or kernel_size

    def forward(self, x: Tensor) -> Tensor:
        return F.max_pool2d(x, self.kernel_size, self.stride)
