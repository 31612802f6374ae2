"""Character tokenizer: every distinct character in the training text gets an id.

Example: CharTokenizer("hello").encode("hole") -> [1, 3, 2, 0] with vocabulary "ehlo".
It cannot encode characters it never saw (the word and BPE tokenizers fix that).
"""

from __future__ import annotations


class CharTokenizer:
    def __init__(self, text: str) -> None:
        self.chars = sorted(set(text))
        self.stoi = {ch: i for i, ch in enumerate(self.chars)}

    @property
    def vocab_size(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> list[int]:
        unknown = sorted(set(text) - set(self.stoi))
        if unknown:
            raise ValueError(
                f"CharTokenizer.encode: characters {unknown} were not in the training text; "
                "build the tokenizer from text that contains them"
            )
        return [self.stoi[ch] for ch in text]

    def decode(self, ids: list[int]) -> str:
        return "".join(self.chars[i] for i in ids)
