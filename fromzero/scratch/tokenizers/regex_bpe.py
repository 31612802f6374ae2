"""Byte-level BPE with a regex pre-split (as GPT-2/GPT-4 do) and special tokens.

The text is first cut into pieces (words with their leading space, numbers of up to three
digits, punctuation runs, whitespace), and merges never cross pieces, so " the" and "the"
are learned as whole units but "e t" never is. Special tokens such as "<|endoftext|>" map
straight to reserved ids and are never split.

The pattern follows GPT-4's, written for Python's own `re` module (which lacks \\p{L}):
a letter is `[^\\W\\d_]`. What it does not do: byte-exact compatibility with tiktoken.

Example: split(" Hello world123!!") -> [" Hello", " world", "123", "!!"]
"""

from __future__ import annotations

import re

from fromzero.scratch.tokenizers.bpe import BPETokenizer

LETTER = r"[^\W\d_]"
SPLIT_PATTERN = (
    r"'(?i:[sdmt]|ll|ve|re)"  # English contractions: 's 't 'll 've 're 'd 'm
    rf"|[^\r\n\w]?{LETTER}+|_+{LETTER}*"  # a word, with one leading space or symbol
    r"|\d{1,3}"  # numbers in chunks of up to three digits
    r"| ?[^\s\w]+[\r\n]*"  # punctuation runs
    r"|\s*[\r\n]"  # line breaks
    r"|\s+(?!\S)"  # spaces not followed by a word (those go with the word)
    r"|\s+"
)


class RegexBPETokenizer(BPETokenizer):
    def __init__(self, pattern: str = SPLIT_PATTERN) -> None:
        super().__init__()
        self.pattern = re.compile(pattern)
        self.special_tokens: dict[str, int] = {}

    def _split(self, text: str) -> list[str]:
        return self.pattern.findall(text)

    def register_special_tokens(self, tokens: list[str]) -> None:
        """Give each special token the next free id, after the learned merges."""
        for token in tokens:
            if token not in self.special_tokens:
                self.special_tokens[token] = len(self.vocab) + len(self.special_tokens)

    def encode(self, text: str, allowed_special: str = "all") -> list[int]:
        """allowed_special "all": special tokens in the text become their ids; "none": they are
        encoded as ordinary text (safer for text typed by users)."""
        if allowed_special not in ("all", "none"):
            raise ValueError(f"encode: allowed_special must be 'all' or 'none', got "
                             f"{allowed_special!r}")
        if allowed_special == "none" or not self.special_tokens:
            return super().encode(text)
        specials = "|".join(re.escape(t) for t in sorted(self.special_tokens, key=len,
                                                         reverse=True))
        ids: list[int] = []
        for part in re.split(f"({specials})", text):
            if part in self.special_tokens:
                ids.append(self.special_tokens[part])
            elif part:
                ids.extend(super().encode(part))
        return ids

    def decode(self, ids: list[int]) -> str:
        inverse = {i: t for t, i in self.special_tokens.items()}
        pieces: list[str] = []
        run: list[int] = []
        for i in ids:
            if i in inverse:
                pieces.append(super().decode(run))
                pieces.append(inverse[i])
                run = []
            else:
                run.append(i)
        pieces.append(super().decode(run))
        return "".join(pieces)
