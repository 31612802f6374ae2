"""Runs INSIDE the sandbox as the main program: import the learner's code, make the calls.

It reads probes.json (calls and arguments, never expected values), runs each call with its
printed output captured, and writes what came back as one JSON line behind a marker. The
server compares; nothing here decides pass or fail. Standard library only.
"""

import contextlib
import copy
import io
import json
import math
import sys
import traceback

LEARNER_FILE = "your_code.py"
MAX_PRINTED = 2000


def encode(value, depth=0):
    """A JSON form of a Python value that keeps its kind: number, list, none, text..."""
    if depth > 6:
        return {"type": "other", "repr": "..."}
    if value is None:
        return {"type": "none"}
    if isinstance(value, bool):
        return {"type": "bool", "value": value}
    if isinstance(value, (int, float)) or _is_numpy_scalar(value):
        number = value.item() if _is_numpy_scalar(value) else value
        if isinstance(number, float) and not math.isfinite(number):
            return {"type": "number", "value": str(number)}
        return {"type": "number", "value": number}
    if isinstance(value, str):
        return {"type": "str", "value": value[:MAX_PRINTED]}
    if isinstance(value, (list, tuple)):
        kind = "list" if isinstance(value, list) else "tuple"
        return {"type": kind, "value": [encode(v, depth + 1) for v in value[:1000]]}
    if type(value).__name__ == "ndarray":
        return {"type": "array", "shape": list(value.shape),
                "value": [encode(v, depth + 1) for v in value.reshape(-1)[:10000].tolist()]}
    if isinstance(value, dict):
        return {"type": "dict",
                "value": {str(k): encode(v, depth + 1) for k, v in list(value.items())[:200]}}
    return {"type": "other", "repr": repr(value)[:200]}


def _is_numpy_scalar(value):
    return type(value).__module__ == "numpy" and hasattr(value, "item") and \
        getattr(value, "shape", None) == ()


def _error(exc):
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == LEARNER_FILE]
    line = frames[-1].lineno if frames else getattr(exc, "lineno", None)
    return {"type": type(exc).__name__, "message": str(exc)[:500], "line": line}


def pack(value):
    """Arguments on their way into probes.json: JSON has no tuples, so a tuple travels as
    {"__tuple__": [...]} and `unpack` makes it a tuple again; the learner gets what the
    tests wrote, e.g. the pair ("a", "b") and not the list ["a", "b"]."""
    if isinstance(value, tuple):
        return {"__tuple__": [pack(v) for v in value]}
    if isinstance(value, list):
        return [pack(v) for v in value]
    if isinstance(value, dict):
        return {k: pack(v) for k, v in value.items()}
    return value


def unpack(value):
    if isinstance(value, dict):
        if set(value) == {"__tuple__"}:
            return tuple(unpack(v) for v in value["__tuple__"])
        return {k: unpack(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unpack(v) for v in value]
    return value


def main():
    with open("probes.json", encoding="utf-8") as f:
        spec = json.load(f)
    marker = spec["marker"]
    real_stdout = sys.stdout
    report = {"import_error": None, "import_output": "", "results": []}
    namespace = {"__name__": "your_code"}
    captured = io.StringIO()
    try:
        with open(LEARNER_FILE, encoding="utf-8", errors="replace") as f:
            source = f.read()
        code = compile(source, LEARNER_FILE, "exec")
        with contextlib.redirect_stdout(captured):
            exec(code, namespace)  # noqa: S102 — this is the sandboxed learner run
    except BaseException as exc:  # noqa: BLE001 — any failure while loading is reported
        report["import_error"] = _error(exc)
    report["import_output"] = captured.getvalue()[:MAX_PRINTED]
    if report["import_error"] is None:
        for probe in spec["probes"]:
            report["results"].append(_call(namespace, probe))
    real_stdout.write("\n" + marker + json.dumps(report) + "\n")
    real_stdout.flush()


def _call(namespace, probe):
    fn = namespace.get(probe["call"])
    if not callable(fn):
        return {"missing": True}
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            value = fn(*unpack(copy.deepcopy(probe["args"])),
                       **unpack(copy.deepcopy(probe["kwargs"])))
        return {"value": encode(value), "printed": printed.getvalue()[:MAX_PRINTED]}
    except BaseException as exc:  # noqa: BLE001 — the learner's error, reported with its line
        return {"error": _error(exc), "printed": printed.getvalue()[:MAX_PRINTED]}


if __name__ == "__main__":
    main()
