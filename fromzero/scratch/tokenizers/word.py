"""Word tokenizer: one id per frequent word or punctuation mark, `<UNK>` for the rest.

Example: trained on "the cat sat. the dog sat." with max_vocab 5, "the bird sat" encodes
to ids of ["the", "<UNK>", "sat"]. Decoding joins words with spaces, so exact spacing is
lost (byte-level BPE keeps it).
"""

from __future__ import annotations

import re
from collections import Counter

WORD_PATTERN = re.compile(r"\w+|[^\w\s]")
UNK = "<UNK>"


def split_words(text: str) -> list[str]:
    """'Hello, world!' -> ['Hello', ',', 'world', '!']"""
    return WORD_PATTERN.findall(text)


class WordTokenizer:
    def __init__(self, text: str, max_vocab: int | None = None, min_count: int = 1,
                 lowercase: bool = False) -> None:
        self.lowercase = lowercase
        counts = Counter(split_words(text.lower() if lowercase else text))
        # most frequent first; ties broken alphabetically so the vocabulary is reproducible
        ranked = sorted((w for w, c in counts.items() if c >= min_count),
                        key=lambda w: (-counts[w], w))
        if max_vocab is not None:
            ranked = ranked[: max_vocab - 1]
        self.words = [UNK] + ranked
        self.stoi = {w: i for i, w in enumerate(self.words)}

    @property
    def vocab_size(self) -> int:
        return len(self.words)

    @property
    def unk_id(self) -> int:
        return 0

    def encode(self, text: str) -> list[int]:
        words = split_words(text.lower() if self.lowercase else text)
        return [self.stoi.get(w, self.unk_id) for w in words]

    def decode(self, ids: list[int]) -> str:
        return " ".join(self.words[i] for i in ids)
