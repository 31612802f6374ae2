"""Sandbox speed: run latency against bare `python -c`, throughput, first-figure latency.

    python benchmarks/sandbox_bench.py [--runs 60] [--seconds 10] [--clients 8]

Prints p50/p95 for `print(1)` and a small numpy program through the sandbox and as a bare
`python -c` in the same run, their ratios, runs/s with N concurrent clients, and how long a
matplotlib plot takes to arrive as its first figure event. Timings are wall-clock on this
machine; compare ratios, not absolute numbers, across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time

from fromzero.sandbox import make_runner
from fromzero.sandbox.runner import collect

PRINT_ONE = "print(1)"
NUMPY_SMALL = ("import numpy as np\n"
               "x = np.random.default_rng(0).normal(size=(64, 64))\n"
               "print(round(float(np.linalg.norm(x @ x.T)), 3))\n")
PLOT = ("import matplotlib.pyplot as plt\n"
        "plt.plot([1, 2, 3], [1, 4, 9])\n"
        "plt.show()\n")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_sandbox(runner, code: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _, _, done = collect(runner.run(code))
        times.append(time.perf_counter() - start)
        if done.get("status") != "ok":
            raise SystemExit(f"benchmark run failed: {done}")
    return times


def time_bare(code: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def throughput(runner, clients: int, seconds: float) -> tuple[int, int, float]:
    done_count = [0]
    errors = [0]
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client() -> None:
        while time.perf_counter() < stop_at:
            try:
                out, _, done = collect(runner.run(PRINT_ONE))
                good = done.get("status") == "ok" and out == "1\n"
            except Exception:  # noqa: BLE001 - any failure counts as an error here
                good = False
            with lock:
                done_count[0] += good
                errors[0] += not good

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done_count[0], errors[0], time.perf_counter() - started


def first_figure(runner, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        first = None
        for event in runner.run(PLOT):
            if event.kind == "figure" and first is None:
                first = time.perf_counter() - start
        if first is None:
            raise SystemExit("the plot run sent no figure")
        times.append(first)
    return times


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--runner", default=None, help="hardened, subprocess or auto")
    args = parser.parse_args()
    runner = make_runner(args.runner)
    print(f"runner: {getattr(runner, 'name', type(runner).__name__)}")
    warm = getattr(runner, "warm", None)
    if warm:
        warm()
    try:
        time_sandbox(runner, PRINT_ONE, 5)
        rows = []
        for label, code in (("print(1)", PRINT_ONE), ("small numpy", NUMPY_SMALL)):
            sandbox = time_sandbox(runner, code, args.runs)
            bare = time_bare(code, max(10, args.runs // 3))
            rows.append((label, sandbox, bare))
        print(f"{'program':<14}{'sandbox p50':>13}{'p95':>10}{'bare p50':>11}{'p95':>10}"
              f"{'p50 ratio':>11}")
        for label, sandbox, bare in rows:
            s50, s95 = statistics.median(sandbox), percentile(sandbox, 0.95)
            b50, b95 = statistics.median(bare), percentile(bare, 0.95)
            print(f"{label:<14}{ms(s50):>13}{ms(s95):>10}{ms(b50):>11}{ms(b95):>10}"
                  f"{s50 / b50:>10.2f}x")
        bare_numpy = statistics.median(time_bare("import numpy", 10))
        numpy_p50 = statistics.median(rows[1][1])
        print(f"bare `python -c 'import numpy'` p50 {ms(bare_numpy)}; sandboxed numpy program "
              f"p50 / that = {numpy_p50 / bare_numpy:.2f}x")
        ok, errors, wall = throughput(runner, args.clients, args.seconds)
        print(f"throughput: {ok / wall:.1f} runs/s with {args.clients} clients for "
              f"{wall:.1f} s, {errors} errors")
        figs = first_figure(runner, 10)
        print(f"first figure event: p50 {ms(statistics.median(figs))}, "
              f"p95 {ms(percentile(figs, 0.95))}")
    finally:
        close = getattr(runner, "close", None)
        if close:
            close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
