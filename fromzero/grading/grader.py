"""Check an exercise: run the probes against the learner's code and against the solution in
the sandbox, then compare the two here, on the server (DESIGN.md §7).
"""

from __future__ import annotations

import json
import math
import random
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fromzero.grading import harness
from fromzero.grading.spec import Mistake, Probe
from fromzero.sandbox import collect, get_runner

HARNESS_SOURCE = Path(harness.__file__).read_text(encoding="utf-8")
LIMIT_STATUSES = {"cpu-time-limit", "wall-time-limit", "memory-limit", "output-limit", "killed"}
MAX_OUTPUT = 10_000
DEFAULT_TOLERANCE = 1e-6


@dataclass
class TestsFile:
    probes: list[Probe]
    mistakes: list[Mistake]
    tolerance: float


@lru_cache(maxsize=256)
def _load_tests_cached(path: str, mtime: float) -> TestsFile:
    namespace: dict[str, Any] = {"__name__": "hidden_tests", "__file__": path}
    # tests.py is a trusted course file: it runs here, never learner code.
    exec(compile(Path(path).read_text(encoding="utf-8"), path, "exec"), namespace)  # noqa: S102
    probes = namespace.get("PROBES")
    if not probes:
        raise ValueError(f"{path}: PROBES is missing or empty")
    return TestsFile(list(probes), list(namespace.get("MISTAKES", [])),
                     float(namespace.get("TOLERANCE", DEFAULT_TOLERANCE)))


def load_tests(path: Path) -> TestsFile:
    """Read an exercise's tests.py (trusted course file, run on the server only)."""
    return _load_tests_cached(str(path), path.stat().st_mtime)


def normalise_code(code: str) -> str:
    """Code without comments, blank lines or trailing spaces: to spot an untouched starter."""
    lines = []
    for line in code.replace("\r\n", "\n").splitlines():
        stripped = re.sub(r"#.*$", "", line).rstrip()
        if stripped:
            lines.append(stripped)
    return "\n".join(lines)


def run_probes(code: str, calls: list[dict]) -> tuple[dict | None, dict, str]:
    """Run the harness over `code`. Returns (report or None, done event, learner's output)."""
    marker = "@@fromzero-result-" + secrets.token_hex(8) + "@@"
    files = {"your_code.py": code, "probes.json": json.dumps({"marker": marker, "probes": calls})}
    stdout, stderr, done = collect(get_runner().run(HARNESS_SOURCE, files=files,
                                                    preset="grading"))
    report = None
    head, sep, tail = stdout.rpartition(marker)
    if sep:
        try:
            report = json.loads(tail.strip().splitlines()[0])
        except (ValueError, IndexError):
            report = None
        stdout = head
    return report, done, (stdout + stderr)[:MAX_OUTPUT]


def show(value: dict) -> str:
    """How a returned value is written in a message: 3.5, [1, 2], None, 'text'."""
    kind = value.get("type")
    if kind == "number":
        v = value["value"]
        return v if isinstance(v, str) else (f"{v:.6g}" if isinstance(v, float) else str(v))
    if kind in ("list", "tuple", "array"):
        inner = ", ".join(show(v) for v in value["value"][:8])
        more = ", ..." if len(value["value"]) > 8 else ""
        return f"[{inner}{more}]" if kind != "tuple" else f"({inner}{more})"
    if kind == "none":
        return "None"
    if kind == "bool":
        return str(value["value"])
    if kind == "str":
        return repr(value["value"][:60])
    if kind == "dict":
        items = list(value["value"].items())
        inner = ", ".join(f"{k!r}: {show(v)}" for k, v in items[:6])
        return "{" + inner + (", ..." if len(items) > 6 else "") + "}"
    return value.get("repr", "something unexpected")


def dict_difference(got: dict, want: dict, tol: float) -> str:
    """The first difference between two returned dictionaries, in words (or "" if none)."""
    missing = [k for k in want if k not in got]
    if missing:
        return f"The key {missing[0]!r} is missing."
    extra = [k for k in got if k not in want]
    if extra:
        return f"The key {extra[0]!r} should not be there."
    for k, expected in want.items():
        if not same(got[k], expected, tol):
            return f"At the key {k!r} you have {show(got[k])}, but it should be {show(expected)}."
    return ""


NOUNS = {"number": "a single number", "list": "a list", "tuple": "a tuple", "array": "an array",
         "none": "nothing (None)", "bool": "True or False", "str": "text (a string)",
         "dict": "a dictionary", "other": "an unusual object"}


def same(got: dict, want: dict, tol: float) -> bool:
    """Equal within the tolerance; lists, tuples and arrays of equal numbers count as equal."""
    seqs = ("list", "tuple", "array")
    if got["type"] in seqs and want["type"] in seqs:
        return len(got["value"]) == len(want["value"]) and all(
            same(g, w, tol) for g, w in zip(got["value"], want["value"], strict=True))
    if got["type"] != want["type"]:
        return False
    if got["type"] == "number":
        g, w = got["value"], want["value"]
        if isinstance(g, str) or isinstance(w, str):
            return g == w
        return math.isclose(g, w, rel_tol=tol, abs_tol=tol)
    if got["type"] == "dict":
        return got["value"].keys() == want["value"].keys() and all(
            same(got["value"][k], want["value"][k], tol) for k in got["value"])
    return got.get("value", got.get("repr")) == want.get("value", want.get("repr"))


def call_text(probe: Probe, args: tuple) -> str:
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in probe.kwargs.items()]
    return f"{probe.call}({', '.join(parts)})"


def _mistake_hint(mistakes: list[Mistake], task: int, args: tuple, got: dict,
                  tol: float) -> str | None:
    for m in mistakes:
        if m.task != task:
            continue
        try:
            wrong = harness.encode(m.when(*args))
        except Exception:  # noqa: BLE001, S112 — a mistake that does not fit these arguments
            continue
        if same(got, wrong, tol):
            return m.say
    return None


def judge(probe: Probe, args: tuple, got: dict, want: dict | None, tests: TestsFile,
          function_hint: str | None) -> tuple[str, str]:
    """(status, message) for one probe, written for the learner."""
    shown = call_text(probe, args)
    if got.get("missing"):
        name = probe.call
        return "fail", (f"I could not find a function called `{name}` in your code. Check the "
                        f"`def` line: the name must be exactly `{name}`.")
    if "error" in got:
        err = got["error"]
        where = f" on line {err['line']}" if err.get("line") else ""
        return "fail", (f"{shown} stopped with {err['type']}{where}: {err['message']}. "
                        "Read that line again and try the call yourself with these numbers.")
    value = got["value"]
    if probe.check is not None:
        verdict = probe.check(_decode(value))
        return ("pass", f"{shown}: good.") if verdict is None else ("fail", verdict)
    assert want is not None
    if "value" not in want:
        return "error", "The reference solution failed on this check; please report it."
    want_value = want["value"]
    if same(value, want_value, tests.tolerance):
        return "pass", f"{shown} returned {show(value)}. Correct."
    if value["type"] == "none":
        if got.get("printed"):
            return "fail", (f"{shown} printed something but returned None. Use `return` to "
                            "hand the answer back; `print` only shows it on the screen.")
        return "fail", (f"{shown} returned nothing (None). Did you forget the `return` line?")
    hint = _mistake_hint(tests.mistakes, probe.task, args, value, tests.tolerance)
    seqs = ("list", "tuple", "array")
    kinds_differ = value["type"] != want_value["type"] and not (
        value["type"] in seqs and want_value["type"] in seqs)
    if kinds_differ and not hint:
        hint = (f"It should give back {NOUNS.get(want_value['type'], 'something else')}, "
                f"not {NOUNS.get(value['type'], 'this')}.")
    message = f"{shown} returned {show(value)} but should return {show(want_value)}."
    if value["type"] == want_value["type"] == "dict":
        message += " " + dict_difference(value["value"], want_value["value"], tests.tolerance)
    if hint:
        message += " " + hint
    else:
        message += " Work through this call by hand, step by step, and compare."
    return "fail", message


def _decode(value: dict) -> Any:
    kind = value.get("type")
    if kind == "number":
        v = value["value"]
        return float(v) if isinstance(v, str) else v
    if kind in ("list", "tuple", "array"):
        return [_decode(v) for v in value["value"]]
    if kind == "dict":
        return {k: _decode(v) for k, v in value["value"].items()}
    if kind == "none":
        return None
    return value.get("value", value.get("repr"))


@lru_cache(maxsize=512)
def _reference(solution: str, calls_json: str) -> tuple:
    report, done, output = run_probes(solution, json.loads(calls_json))
    if report is None or report.get("import_error"):
        raise RuntimeError(f"the reference solution did not run: {done.get('status')}: {output}")
    return tuple(json.dumps(r) for r in report["results"])


def check_code(exercise, code: str, seed: int | None = None) -> dict:
    """Grade `code` for a loaded course Exercise. Result contract: DESIGN.md §7."""
    if normalise_code(code) == normalise_code(exercise.starter):
        return {"status": "not-attempted", "summary": "You have not changed the starter code "
                "yet. Write your solution where it says `# Your code here`, then check again.",
                "tests": [], "output": ""}
    tests = load_tests(exercise.tests_path)
    rng = random.Random(seed if seed is not None else secrets.randbits(32))
    resolved = [(p, p.resolve(rng)) for p in tests.probes]
    calls = [{"call": p.call, "args": harness.pack(list(a)), "kwargs": harness.pack(p.kwargs)}
             for p, a in resolved]
    report, done, output = run_probes(code, calls)
    status = done.get("status", "killed")
    if report is None:
        if status in LIMIT_STATUSES:
            return {"status": "limit", "summary": done.get("message", ""), "tests": [],
                    "output": output}
        return {"status": "error", "summary": "Your code could not be checked: it stopped before "
                "the checks finished. " + done.get("message", ""), "tests": [], "output": output}
    if report["import_error"]:
        err = report["import_error"]
        where = f"line {err['line']}" if err.get("line") else "your code"
        summary = (f"Your code stopped before any check could run: {err['type']} on {where}: "
                   f"{err['message']}.")
        if err["type"] in ("SyntaxError", "IndentationError"):
            summary += " Look for a missing colon, bracket or a line indented differently."
        return {"status": "error", "summary": summary, "tests": [],
                "output": (report.get("import_output", "") + output)[:MAX_OUTPUT]}
    wants: list[dict | None] = [
        {"value": harness.encode(p.expect)} if p.expect is not None else None
        for p, _ in resolved]
    needs_reference = [i for i, (p, _) in enumerate(resolved)
                       if p.check is None and p.expect is None]
    if needs_reference:
        ref_calls = [calls[i] for i in needs_reference]
        ref = _reference(exercise.solution, json.dumps(ref_calls))
        for i, r in zip(needs_reference, ref, strict=True):
            wants[i] = json.loads(r)
    results = []
    for (probe, args), got, want in zip(resolved, report["results"], wants, strict=True):
        verdict, message = judge(probe, args, got, want, tests, exercise.meta.function)
        results.append({"name": probe.name or call_text(probe, args), "task": probe.task,
                        "status": verdict, "message": message})
    passed = sum(r["status"] == "pass" for r in results)
    overall = "pass" if passed == len(results) else "fail"
    summary = (f"All {passed} checks passed. Well done!" if overall == "pass"
               else f"{passed} of {len(results)} checks passed. Read the first red message.")
    printed = report.get("import_output", "") + "".join(g.get("printed", "")
                                                        for g in report["results"])
    return {"status": overall, "summary": summary, "tests": results,
            "output": (printed + output)[:MAX_OUTPUT]}
