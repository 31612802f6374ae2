"""GPT: a decoder-only transformer in the layout of nanoGPT.

ids (B, T) -> token + position embeddings (B, T, C) -> n_layer TransformerBlocks ->
LayerNorm -> logits (B, T, V). The output layer shares its weights with the token embedding
(weight tying), as GPT-2 does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch import nn
from fromzero.scratch.sampling import generate
from fromzero.scratch.tensor import Tensor, no_grad


@dataclass
class GPTConfig:
    block_size: int = 64  # longest context the model can read (T)
    vocab_size: int = 65  # number of distinct tokens (V); 65 characters in tiny-shakespeare
    n_layer: int = 4  # transformer blocks stacked
    n_head: int = 4  # attention heads per block (H)
    n_embd: int = 128  # width of every position's vector (C)
    dropout: float = 0.0  # fraction dropped while training; 0 for tiny data
    bias: bool = True  # biases in Linear layers and LayerNorm


class GPT(nn.Module):
    """A character- or token-level GPT that returns (logits, loss)."""

    def __init__(self, config: GPTConfig) -> None:
        self.config = config
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)  # token embedding
        self.wpe = nn.Embedding(config.block_size, config.n_embd)  # position embedding
        self.drop = nn.Dropout(config.dropout)
        self.blocks = [
            nn.TransformerBlock(config.n_embd, config.n_head, config.dropout, config.bias)
            for _ in range(config.n_layer)
        ]
        self.ln_f = nn.LayerNorm(config.n_embd)
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        self.lm_head.weight = self.wte.weight  # weight tying: one (V, C) matrix
        for name, p in self.named_parameters():  # GPT-2 style init: small normal weights
            if name.endswith("weight") and p.ndim == 2:
                p.data = nn.init.normal(p.shape, std=0.02)
            elif name.endswith("bias"):
                p.data = np.zeros_like(p.data)

    def forward(self, ids: np.ndarray, targets: np.ndarray | None = None
                ) -> tuple[Tensor, Tensor | None]:
        ids = np.asarray(ids)
        T = ids.shape[1]  # ids: (B, T)
        if T > self.config.block_size:
            raise ValueError(
                f"GPT: got a sequence of {T} tokens but block_size is "
                f"{self.config.block_size}; crop the input to the last block_size tokens"
            )
        x = self.wte(ids) + self.wpe(np.arange(T))  # (B, T, C)
        x = self.drop(x)  # (B, T, C)
        for block in self.blocks:
            x = block(x)  # (B, T, C)
        logits = self.lm_head(self.ln_f(x))  # (B, T, V)
        loss = F.cross_entropy(logits, targets) if targets is not None else None
        return logits, loss

    def config_dict(self) -> dict:
        return asdict(self.config)

    def generate(self, prompt: list[int], max_new_tokens: int, **sampling: float) -> list[int]:
        """Continue `prompt`, feeding at most block_size tokens back each step."""
        def next_logits(ids: np.ndarray) -> np.ndarray:
            with no_grad():
                logits, _ = self(ids[None, -self.config.block_size:])  # (1, T, V)
            return logits.data[0, -1]  # (V,)
        return generate(next_logits, prompt, max_new_tokens, **sampling)
