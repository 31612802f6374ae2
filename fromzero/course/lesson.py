"""lesson.md -> a list of typed blocks, the JSON the web renders one component per kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fromzero.course.markdown import ContentError, to_html, to_inline_html
from fromzero.explain import explain, steps_to_json

DIRECTIVE_START = re.compile(r"^:::\s*([a-z][\w-]*)\s*(.*?)\s*$")
DIRECTIVE_END = re.compile(r"^:::\s*$")
KINDS = ("worked", "demo", "predict", "code", "term", "note", "figure", "exercise", "quiz")
NOTE_STYLES = ("tip", "mistake", "aside", "real-world")


@dataclass
class RawBlock:
    kind: str  # "prose" or a directive kind
    arg: str
    body: str
    line: int  # where it starts in lesson.md, for error messages


@dataclass
class Lesson:
    blocks: list[dict[str, Any]] = field(default_factory=list)
    raw: list[RawBlock] = field(default_factory=list)


def split_blocks(text: str) -> list[RawBlock]:
    """Cut lesson.md into prose runs and directives. Raises ContentError on an unclosed one."""
    blocks: list[RawBlock] = []
    prose: list[str] = []
    prose_start = 1
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = DIRECTIVE_START.match(lines[i])
        if not m:
            prose.append(lines[i])
            i += 1
            continue
        if any(p.strip() for p in prose):
            blocks.append(RawBlock("prose", "", "\n".join(prose), prose_start))
        start = i + 1
        body: list[str] = []
        i += 1
        while i < len(lines) and not DIRECTIVE_END.match(lines[i]):
            body.append(lines[i])
            i += 1
        if i >= len(lines):
            raise ContentError(f"line {start}: '::: {m.group(1)}' is never closed with ':::'")
        blocks.append(RawBlock(m.group(1), m.group(2), "\n".join(body), start))
        i += 1
        prose = []
        prose_start = i + 1
    if any(p.strip() for p in prose):
        blocks.append(RawBlock("prose", "", "\n".join(prose), prose_start))
    return blocks


def _yaml(raw: RawBlock) -> dict:
    if not raw.body.strip():
        return {}
    try:
        data = yaml.safe_load(raw.body)
    except yaml.YAMLError as e:
        raise ContentError(f"line {raw.line}: the {raw.kind} block is not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise ContentError(f"line {raw.line}: the {raw.kind} block must hold 'name: value' lines")
    return data


def build_block(raw: RawBlock, module_dir: Path) -> dict[str, Any]:
    """One raw block -> its JSON form; every number in it computed here."""
    where = f"line {raw.line}"
    if raw.kind == "prose":
        return {"kind": "prose", "html": to_html(raw.body)}
    if raw.kind not in KINDS:
        raise ContentError(f"{where}: unknown block '::: {raw.kind}'. Known: {', '.join(KINDS)}")
    if raw.kind == "worked":
        data = _yaml(raw)
        title = data.pop("title", None)
        try:
            steps = explain(raw.arg, **data)
        except Exception as e:  # noqa: BLE001 — an author's mistake: say which block and why
            raise ContentError(f"{where}: worked {raw.arg}({data}) failed: {e}") from None
        return {"kind": "worked", "concept": raw.arg, "title": title, "inputs": data,
                "steps": steps_to_json(steps)}
    if raw.kind == "demo":
        return {"kind": "demo", "demo": raw.arg, "props": _yaml(raw)}
    if raw.kind == "predict":
        data = _yaml(raw)
        for key in ("question", "reveal"):
            if key not in data:
                raise ContentError(f"{where}: a predict block needs '{key}:'")
        choices = data.get("choices")
        return {
            "kind": "predict",
            "question_html": to_html(str(data["question"])),
            "choices": [to_inline_html(str(c)) for c in choices] if choices else None,
            "answer": data.get("answer"),
            "reveal_html": to_html(str(data["reveal"])),
        }
    if raw.kind == "code":
        if raw.arg:
            path = module_dir / "examples" / raw.arg
            if not path.is_file():
                raise ContentError(f"{where}: code block names examples/{raw.arg}, which is missing")
            golden = path.with_suffix(".out")
            return {"kind": "code", "id": path.stem, "source": path.read_text(encoding="utf-8"),
                    "expected_output": golden.read_text(encoding="utf-8")
                    if golden.is_file() else None}
        data = _yaml(raw)
        if "source" not in data:
            raise ContentError(f"{where}: a code block needs a file name or 'source: |'")
        return {"kind": "code", "id": data.get("id", f"inline-{raw.line}"),
                "source": data["source"], "expected_output": None}
    if raw.kind == "term":
        if not raw.arg:
            raise ContentError(f"{where}: '::: term' needs the term after it")
        return {"kind": "term", "term": raw.arg, "html": to_html(raw.body)}
    if raw.kind == "note":
        style = raw.arg or "tip"
        if style not in NOTE_STYLES:
            raise ContentError(f"{where}: note style {style!r}; use one of {NOTE_STYLES}")
        return {"kind": "note", "style": style, "html": to_html(raw.body)}
    if raw.kind == "figure":
        data = _yaml(raw)
        for key in ("src", "alt"):
            if key not in data:
                raise ContentError(f"{where}: a figure needs '{key}:'")
        if not (module_dir / "figures" / data["src"]).is_file():
            raise ContentError(f"{where}: figure figures/{data['src']} is missing")
        return {"kind": "figure", "src": f"/course-assets/{module_dir.parent.name}/"
                f"{module_dir.name}/figures/{data['src']}", "alt": data["alt"],
                "caption": data.get("caption")}
    if raw.kind == "exercise":
        return {"kind": "exercise", "slug": raw.arg}
    return {"kind": "quiz"}


def parse_lesson(text: str, module_dir: Path) -> Lesson:
    raw = split_blocks(text)
    return Lesson(blocks=[build_block(r, module_dir) for r in raw], raw=raw)
