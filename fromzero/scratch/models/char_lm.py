"""Character-level language model with a recurrent core (RNN or LSTM).

ids (B, T) -embedding-> (B, T, C) -RNN/LSTM-> (B, T, H) -linear-> logits (B, T, V)
"""

from __future__ import annotations

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch import nn
from fromzero.scratch.sampling import generate
from fromzero.scratch.tensor import Tensor, no_grad


class CharLM(nn.Module):
    """Predict the next character from the ones before it."""

    def __init__(self, vocab_size: int, embed_dim: int = 32, hidden_size: int = 128,
                 kind: str = "lstm") -> None:
        if kind not in ("rnn", "lstm"):
            raise ValueError(f"CharLM: kind '{kind}' unknown; use 'rnn' or 'lstm'")
        self.config = {"vocab_size": vocab_size, "embed_dim": embed_dim,
                       "hidden_size": hidden_size, "kind": kind}
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.core = nn.LSTM(embed_dim, hidden_size) if kind == "lstm" else nn.RNN(
            embed_dim, hidden_size)
        self.head = nn.Linear(hidden_size, vocab_size)

    def forward(self, ids: np.ndarray, targets: np.ndarray | None = None
                ) -> tuple[Tensor, Tensor | None]:
        x = self.embed(ids)  # (B, T, C)
        h, _ = self.core(x)  # (B, T, H)
        logits = self.head(h)  # (B, T, V)
        loss = F.cross_entropy(logits, targets) if targets is not None else None
        return logits, loss

    def generate(self, prompt: list[int], max_new_tokens: int, **sampling: float) -> list[int]:
        """Continue `prompt`; sampling options go to fromzero.scratch.sampling.sample."""
        def next_logits(ids: np.ndarray) -> np.ndarray:
            with no_grad():
                logits, _ = self(ids[None, :])  # (1, T, V)
            return logits.data[0, -1]  # (V,)
        return generate(next_logits, prompt, max_new_tokens, **sampling)
