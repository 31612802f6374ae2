"""Markdown to HTML for lesson prose, with `$math$` kept for KaTeX and `{{= }}` numbers filled in."""

from __future__ import annotations

import ast
import html
import re
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from fromzero.explain import explain, fmt

INLINE_NUMBER = re.compile(r"\{\{=\s*([A-Za-z_][\w]*)\((.*?)\)\s*\}\}")


class ContentError(ValueError):
    """A problem in a course file, said so an author can fix it."""


def _render_math(content: str, options: dict) -> str:
    display = options.get("display_mode", False)
    tag = "div" if display else "span"
    kind = "block" if display else "inline"
    return f'<{tag} class="math {kind}">{html.escape(content)}</{tag}>'


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.use(dollarmath_plugin, renderer=_render_math, allow_space=True, double_inline=True)
    return md


def parse_call_args(text: str) -> dict:
    """'x=2, b=0.5' -> {'x': 2, 'b': 0.5}; only literal values are allowed."""
    try:
        call = ast.parse(f"f({text})", mode="eval").body
    except SyntaxError as e:
        raise ContentError(f"cannot read the arguments {text!r}: {e.msg}") from None
    if not isinstance(call, ast.Call) or call.args:
        raise ContentError(f"write the arguments with names, like x=2: got {text!r}")
    try:
        return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}
    except ValueError:
        raise ContentError(f"arguments must be plain numbers or lists: {text!r}") from None


def final_value(concept: str, inputs: dict) -> float:
    steps = explain(concept, **inputs)
    if not steps:
        raise ContentError(f"{concept}({inputs}) produced no steps")
    return steps[-1].value


def fill_numbers(text: str) -> str:
    """Replace each {{= concept(args) }} with the final value of that calculation."""

    def replace(match: re.Match) -> str:
        concept, args = match.group(1), match.group(2)
        try:
            return fmt(final_value(concept, parse_call_args(args)))
        except (KeyError, TypeError, ValueError) as e:
            raise ContentError(f"{{{{= {concept}({args}) }}}} failed: {e}") from None

    return INLINE_NUMBER.sub(replace, text)


def to_html(text: str) -> str:
    return _md().render(fill_numbers(text))


def to_inline_html(text: str) -> str:
    """Markdown for one line (a task, a choice): no wrapping <p>."""
    rendered = to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


def plain_text(md_text: str) -> str:
    """Prose without code, math or markup, for the reading-level measure."""
    text = re.sub(r"```.*?```", " ", md_text, flags=re.DOTALL)
    text = re.sub(r"`[^`]*`", "code", text)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.DOTALL)
    text = re.sub(r"\$[^$]*\$", "it", text)
    text = INLINE_NUMBER.sub("7", text)
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"[*_>|\[\]()]", " ", text)
    return text
