"""The learner's program, run inside the already-forked, already-jailed process.

The fork server imported numpy (and maybe matplotlib) long ago; here we only make the
process look like a fresh `python main.py`: clean environment and argv, new random seeds,
stdio on the run's pipes, then run the file and report figures at the end.
"""

from __future__ import annotations

import base64
import builtins
import contextlib
import io
import json
import os
import random
import sys
import traceback
import types

EVENTS_FD = 3
MAIN = "main.py"
# The fork server's own stdio objects: kept alive here, because letting them be collected
# would close fds 0-2, which by then are the run's pipes.
_inherited_stdio: list[object] = []


def _emit(event: dict) -> None:
    try:
        os.write(EVENTS_FD, (json.dumps(event) + "\n").encode())
    except OSError:
        pass


def send_figures() -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return
    for num in plt.get_fignums():
        fig = plt.figure(num)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=80, bbox_inches="tight")
        _emit({"kind": "figure", "png": base64.b64encode(buf.getvalue()).decode()})
    plt.close("all")


def patch_show() -> None:
    """plt.show() sends the open figures as images: there is no window to open."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.show = lambda *args, **kwargs: send_figures()


def reset_process(run_dir: str, env: dict[str, str]) -> None:
    """Forget everything inherited from the fork server that a fresh interpreter lacks."""
    os.environ.clear()
    os.environ.update(env)
    sys.argv = [MAIN]
    _inherited_stdio.extend([sys.stdin, sys.stdout, sys.stderr,
                             sys.__stdin__, sys.__stdout__, sys.__stderr__])
    sys.path[:] = [run_dir] + [p for p in sys.path if p and os.path.isdir(p)]
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False),
                                                 encoding="utf-8")
    for fd, name in ((1, "stdout"), (2, "stderr")):
        stream = io.TextIOWrapper(io.FileIO(fd, "w", closefd=False), encoding="utf-8",
                                  errors="backslashreplace", line_buffering=True)
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)
    # Every run would otherwise replay the fork server's random sequence.
    random.seed()
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()


def _learner_traceback(exc: BaseException) -> str:
    """The traceback without our own frames: only lines from the learner's files."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if "runpy" not in f.filename
              and not f.filename.endswith(("child.py", "monitor.py"))]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        if 0 <= exc.code <= 255:
            return exc.code
        seen = exc.code & 0xFF
        sys.stderr.write(f"sys.exit({exc.code}): exit codes go from 0 to 255, so the "
                         f"system saw {seen}.\n")
        return seen
    print(exc.code, file=sys.stderr)
    return 1


def _exec_main() -> None:
    """What `python main.py` does, without runpy's search machinery: compile, then run
    in a fresh `__main__` module."""
    with open(MAIN, "rb") as f:
        source = f.read()
    code = compile(source, MAIN, "exec")
    module = types.ModuleType("__main__")
    module.__file__ = MAIN
    module.__builtins__ = builtins
    sys.modules["__main__"] = module
    exec(code, module.__dict__)  # noqa: S102 - running the learner's program is the point


def run_main() -> int:
    """Run main.py as __main__ and return the exit status a real interpreter would give."""
    patch_show()
    code = 0
    try:
        _exec_main()
    except SystemExit as e:
        code = _exit_code(e)
    except MemoryError:
        sys.stderr.write("MemoryError: the program ran out of memory.\n")
        code = 137
    except BaseException as e:  # noqa: BLE001 - the learner's error, shown as Python would
        with contextlib.suppress(Exception):  # stderr may be closed by the program
            sys.stderr.write(_learner_traceback(e))
        code = 1
    # Like interpreter shutdown: wait for non-daemon threads, then (our addition) send the
    # figures still open, then atexit hooks (pyplot's own hook would discard the figures).
    # Learner threads or hooks may raise anything, even SystemExit: none may lose the run.
    for step in (_join_threads, send_figures, _run_atexit):
        with contextlib.suppress(BaseException):
            step()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BaseException):  # the program may have closed it
            stream.flush()
    return code


def _join_threads() -> None:
    import threading

    shutdown = getattr(threading, "_shutdown", None)  # what Py_Finalize calls
    if shutdown is not None:
        shutdown()


def _run_atexit() -> None:
    import atexit

    atexit._run_exitfuncs()
