"""Recurrent layers: read a sequence one step at a time, carrying a hidden state.

Inputs are batch-first: x (B, T, C) -> outputs (B, T, H) where H is hidden_size.
The input projection of all T steps is done in one matrix product before the loop.
"""

from __future__ import annotations

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch.nn import init
from fromzero.scratch.nn.module import Module, Parameter
from fromzero.scratch.tensor import Tensor, stack


class RNN(Module):
    """h_t = tanh(x_t W_ih.T + b_ih + h_(t-1) W_hh.T + b_hh), like torch.nn.RNN.

    forward returns (outputs (B, T, H), last hidden state (B, H)).
    """

    def __init__(self, input_size: int, hidden_size: int) -> None:
        k = hidden_size
        self.hidden_size = hidden_size
        self.weight_ih = Parameter(init.fan_in_uniform((k, input_size), k))  # (H, C)
        self.weight_hh = Parameter(init.fan_in_uniform((k, k), k))  # (H, H)
        self.bias_ih = Parameter(init.fan_in_uniform((k,), k))  # (H,)
        self.bias_hh = Parameter(init.fan_in_uniform((k,), k))  # (H,)

    def forward(self, x: Tensor, h: Tensor | None = None) -> tuple[Tensor, Tensor]:
        B, T, _ = x.shape
        if h is None:
            h = Tensor(np.zeros((B, self.hidden_size), dtype=x.dtype))  # (B, H)
        xw = F.linear(x, self.weight_ih, self.bias_ih)  # (B, T, H) all steps at once
        outputs = []
        for t in range(T):
            h = (xw[:, t] + F.linear(h, self.weight_hh, self.bias_hh)).tanh()  # (B, H)
            outputs.append(h)
        return stack(outputs, axis=1), h  # (B, T, H), (B, H)


class LSTM(Module):
    """Long short-term memory, gate order (input, forget, cell, output) like torch.nn.LSTM.

    c_t = f * c_(t-1) + i * g     (forget some old memory, write some new)
    h_t = o * tanh(c_t)           (show part of the memory)

    forward returns (outputs (B, T, H), (h_T, c_T)). After each call `self.gates` holds the
    gate activations as numpy arrays {"input", "forget", "cell", "output"}: (B, T, H) each,
    for the demos that draw them.
    """

    def __init__(self, input_size: int, hidden_size: int) -> None:
        k = hidden_size
        self.hidden_size = hidden_size
        self.weight_ih = Parameter(init.fan_in_uniform((4 * k, input_size), k))  # (4H, C)
        self.weight_hh = Parameter(init.fan_in_uniform((4 * k, k), k))  # (4H, H)
        self.bias_ih = Parameter(init.fan_in_uniform((4 * k,), k))  # (4H,)
        self.bias_hh = Parameter(init.fan_in_uniform((4 * k,), k))  # (4H,)
        self.gates: dict[str, np.ndarray] = {}

    def forward(
        self, x: Tensor, state: tuple[Tensor, Tensor] | None = None
    ) -> tuple[Tensor, tuple[Tensor, Tensor]]:
        B, T, _ = x.shape
        Hd = self.hidden_size
        if state is None:
            zeros = np.zeros((B, Hd), dtype=x.dtype)
            state = (Tensor(zeros), Tensor(zeros.copy()))
        h, c = state  # (B, H), (B, H)
        xw = F.linear(x, self.weight_ih, self.bias_ih)  # (B, T, 4H) all steps at once
        outputs = []
        record: dict[str, list[np.ndarray]] = {"input": [], "forget": [], "cell": [], "output": []}
        for t in range(T):
            z = xw[:, t] + F.linear(h, self.weight_hh, self.bias_hh)  # (B, 4H)
            i = z[:, 0 * Hd:1 * Hd].sigmoid()  # (B, H) how much new memory to write
            f = z[:, 1 * Hd:2 * Hd].sigmoid()  # (B, H) how much old memory to keep
            g = z[:, 2 * Hd:3 * Hd].tanh()  # (B, H) the candidate memory
            o = z[:, 3 * Hd:4 * Hd].sigmoid()  # (B, H) how much memory to show
            c = f * c + i * g  # (B, H)
            h = o * c.tanh()  # (B, H)
            outputs.append(h)
            for name, gate in zip(record, (i, f, g, o)):
                record[name].append(gate.data)
        self.gates = {name: np.stack(v, axis=1) for name, v in record.items()}  # (B, T, H)
        return stack(outputs, axis=1), (h, c)  # (B, T, H), ((B, H), (B, H))
