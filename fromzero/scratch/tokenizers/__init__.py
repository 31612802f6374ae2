"""Text <-> integer ids. Read in order: char -> word -> bpe (bytes) -> regex_bpe (GPT style)."""

from fromzero.scratch.tokenizers.bpe import BPETokenizer
from fromzero.scratch.tokenizers.char import CharTokenizer
from fromzero.scratch.tokenizers.regex_bpe import RegexBPETokenizer
from fromzero.scratch.tokenizers.word import WordTokenizer

__all__ = ["BPETokenizer", "CharTokenizer", "RegexBPETokenizer", "WordTokenizer"]
