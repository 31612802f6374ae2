"""Runs inside the child process: start the learner's program and report figures at the end.

Invoked as `python -I bootstrap.py main.py`. Kept free of imports from the server so that a
run sees nothing of it.
"""

import base64
import contextlib
import io
import json
import os
import runpy
import sys
import traceback

EVENTS_FD = int(os.environ.get("FROMZERO_EVENTS_FD", "3"))


def _emit(event):
    try:
        os.write(EVENTS_FD, (json.dumps(event) + "\n").encode())
    except OSError:
        pass


def _send_figures():
    mpl = sys.modules.get("matplotlib.pyplot")
    if mpl is None:
        return
    for num in mpl.get_fignums():
        fig = mpl.figure(num)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=80, bbox_inches="tight")
        _emit({"kind": "figure", "png": base64.b64encode(buf.getvalue()).decode()})
    mpl.close("all")


def _patch_show():
    """plt.show() sends the open figures as images instead of opening a window."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except Exception:  # noqa: BLE001 - no matplotlib: nothing to patch
        return
    plt.show = lambda *args, **kwargs: _send_figures()


def _learner_traceback(exc: BaseException, main: str) -> str:
    """The traceback with our own frames removed: only lines of the learner's files."""
    tb = exc.__traceback__
    frames = [f for f in traceback.extract_tb(tb) if not f.filename.endswith("bootstrap.py")
              and "runpy" not in f.filename]
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def main() -> int:
    path = sys.argv[1]
    sys.argv = [path]
    sys.path.insert(0, os.getcwd())
    if os.environ.get("FROMZERO_MPL") == "1" or _mentions_matplotlib(path):
        _patch_show()
    code = 0
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            print(e.code, file=sys.stderr)
            code = 1
    except MemoryError:
        sys.stderr.write("MemoryError: the program ran out of memory.\n")
        code = 137
    except BaseException as e:  # noqa: BLE001 - the learner's error, shown as Python would
        sys.stderr.write(_learner_traceback(e, path))
        code = 1
    with contextlib.suppress(Exception):  # a broken figure must not hide the output
        _send_figures()
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _mentions_matplotlib(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "matplotlib" in f.read()
    except OSError:
        return False


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status & 0xFF)
