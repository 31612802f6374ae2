"""The GPT-2-style byte-level BPE tokenizer stored inside a GGUF file (SmolLM2's).

Same idea as regex_bpe.py, with three differences that come from loading instead of training:
- Token ids are given by the file, so a merged token's id says nothing about when its merge
  was learned; merges are applied in the file's order (their *rank*), not by id.
- Bytes are stored as printable characters (GPT-2's byte-to-unicode table: a space is "Ġ").
- SmolLM2's pre-split: every digit stands alone, then GPT-2's regex splits the rest.

What it does not do: Unicode number and letter classes beyond Python's `re` (a character
such as "²" counts as a letter here, a number in the original). Control bytes that have no
token in the vocabulary (e.g. byte 4) are skipped, as in the original.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from fromzero.scratch.tokenizers.bpe import merge
from fromzero.scratch.tokenizers.regex_bpe import RegexBPETokenizer

GPT2_PATTERN = (
    r"'s|'t|'re|'ve|'m|'ll|'d"  # contractions
    r"| ?[^\W\d_]+"  # a word, with its leading space
    r"| ?\d+"  # a number
    r"| ?(?:_|[^\s\w])+"  # punctuation and symbols
    r"|\s+(?!\S)|\s+"  # whitespace
)
CONTROL_TOKEN = 3  # GGUF token type of special tokens such as <|im_start|>


def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's table: printable bytes map to themselves, the others to unused code points.

    Example: byte 32 (space) -> "Ġ", byte 10 (newline) -> "Ċ", byte 65 -> "A".
    """
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    table = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + extra)
            extra += 1
    return table


class GGUFTokenizer(RegexBPETokenizer):
    def __init__(self, tokens: list[str], merges: list[str], token_types: list[int]) -> None:
        super().__init__(GPT2_PATTERN)
        self.token_to_id = {t: i for i, t in enumerate(tokens)}
        byte_char = bytes_to_unicode()
        char_byte = {c: b for b, c in byte_char.items()}
        # byte -> id; a few control bytes have no token in SmolLM2's vocabulary
        self.byte_ids = {
            b: self.token_to_id[c] for b, c in byte_char.items() if c in self.token_to_id
        }
        self.vocab = {}
        for i, (token, kind) in enumerate(zip(tokens, token_types)):
            if kind == CONTROL_TOKEN:
                self.special_tokens[token] = i
            else:
                self.vocab[i] = bytes(char_byte[c] for c in token)
        self.ranks: dict[tuple[int, int], int] = {}
        for rank, line in enumerate(merges):
            left, right = line.split(" ")
            pair = (self.token_to_id[left], self.token_to_id[right])
            self.merges[pair] = self.token_to_id[left + right]
            self.ranks[pair] = rank

    @classmethod
    def from_gguf_reader(cls, reader: Any) -> GGUFTokenizer:
        def get(key: str) -> Any:
            return reader.fields[key].contents()
        return cls(get("tokenizer.ggml.tokens"), get("tokenizer.ggml.merges"),
                   get("tokenizer.ggml.token_type"))

    @property
    def vocab_size(self) -> int:
        return len(self.vocab) + len(self.special_tokens)

    def _split(self, text: str) -> list[str]:
        pieces = []
        for part in re.split(r"(\d)", text):  # digits alone first (SmolLM2's pre-split)
            if part:
                pieces.extend(self.pattern.findall(part))
        return pieces

    def _encode_chunk(self, text: str) -> list[int]:
        # bytes without a token are skipped, as the original tokenizer does
        ids = [self.byte_ids[b] for b in text.encode("utf-8") if b in self.byte_ids]
        while len(ids) >= 2:
            pairs = set(pairwise(ids))
            pair = min(pairs, key=lambda p: self.ranks.get(p, len(self.ranks)))
            if pair not in self.ranks:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids
