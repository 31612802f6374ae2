"""Byte-level byte-pair encoding (BPE): start from the 256 byte values and repeatedly merge
the most frequent adjacent pair into a new token.

Any text round-trips (every string is bytes), so there is no `<UNK>`. What it does not do
yet: it can merge across word boundaries and spaces ("e t" from "the table"), and it has no
special tokens. RegexBPETokenizer (regex_bpe.py) adds both.

Worked example, training on "aaabdaaabac" with 2 merges:
    (97, 97) "aa" -> 256, then (256, 97) "aaa" -> 257
Ties between equally frequent pairs go to the pair seen first in the text.
"""

from __future__ import annotations

from itertools import pairwise


def pair_counts(ids: list[int], counts: dict[tuple[int, int], int] | None = None
                ) -> dict[tuple[int, int], int]:
    """How often each adjacent pair occurs.

    Example: [1, 2, 3, 1, 2] -> {(1, 2): 2, (2, 3): 1, (3, 1): 1}
    """
    counts = {} if counts is None else counts
    for pair in pairwise(ids):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """Replace every occurrence of `pair` by `new_id`: [1, 2, 3, 1, 2], (1, 2), 4 -> [4, 3, 4]"""
    out = []
    i = 0
    while i < len(ids):
        if i < len(ids) - 1 and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


class BPETokenizer:
    """Train with `train(text, vocab_size)`, then encode/decode."""

    def __init__(self) -> None:
        self.merges: dict[tuple[int, int], int] = {}  # (left id, right id) -> new id
        self.vocab: dict[int, bytes] = {i: bytes([i]) for i in range(256)}

    @property
    def vocab_size(self) -> int:
        return len(self.vocab)

    def train(self, text: str, vocab_size: int) -> list[tuple[int, int]]:
        """Learn vocab_size - 256 merges from `text`; returns them in the order learned."""
        if vocab_size < 256:
            raise ValueError(f"train: vocab_size={vocab_size} must be at least 256 (the bytes)")
        chunks = [list(chunk.encode("utf-8")) for chunk in self._split(text)]
        learned = []
        for new_id in range(256, vocab_size):
            counts: dict[tuple[int, int], int] = {}
            for ids in chunks:
                pair_counts(ids, counts)
            if not counts:
                break  # nothing left to merge: every chunk is one token
            pair = max(counts, key=counts.get)  # first-seen wins ties (dicts keep order)
            chunks = [merge(ids, pair, new_id) for ids in chunks]
            self.merges[pair] = new_id
            self.vocab[new_id] = self.vocab[pair[0]] + self.vocab[pair[1]]
            learned.append(pair)
        return learned

    def _split(self, text: str) -> list[str]:
        """The pieces merges may not cross; the basic tokenizer uses the whole text."""
        return [text]

    def _encode_chunk(self, text: str) -> list[int]:
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            counts = pair_counts(ids)
            # apply the earliest-learned merge first, as training did
            pair = min(counts, key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids

    def encode(self, text: str) -> list[int]:
        return [i for chunk in self._split(text) for i in self._encode_chunk(chunk)]

    def decode(self, ids: list[int]) -> str:
        unknown = [i for i in ids if i not in self.vocab]
        if unknown:
            raise ValueError(f"decode: ids {unknown[:5]} are not in the vocabulary")
        data = b"".join(self.vocab[i] for i in ids)
        return data.decode("utf-8", errors="replace")  # a cut-off character shows as �
