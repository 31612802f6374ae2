"""The pool around the fork servers: concurrency, back-pressure, restarts, plots, presets."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from fromzero.sandbox import make_runner
from fromzero.sandbox.events import Limits
from fromzero.sandbox.subprocess_runner import SubprocessRunner
from tests.sandbox.conftest import hardened_or_skip, run


def test_several_runs_at_once_each_get_their_own_answer(runner) -> None:
    def one(i: int) -> tuple[str, str]:
        out, _, done, _ = run(runner, f"import numpy as np\nprint(int(np.arange({i}).sum()))")
        return out, done["status"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(one, range(16)))
    assert results == [(f"{sum(range(i))}\n", "ok") for i in range(16)]


def test_a_full_queue_is_refused_with_a_retry_hint() -> None:
    hardened_or_skip()
    from fromzero.sandbox.hardened import HardenedRunner, SandboxBusy

    small = HardenedRunner(max_concurrent=1, max_queue=0)
    try:
        started = threading.Event()

        def hold() -> None:
            for event in small.run("import time\nprint('in', flush=True)\ntime.sleep(1)"):
                if event.kind == "stdout":
                    started.set()

        holder = threading.Thread(target=hold)
        holder.start()
        assert started.wait(30)
        with pytest.raises(SandboxBusy) as refused:
            small.run("print(1)")
        assert refused.value.retry_after_s >= 1
        holder.join()
        out, err, done, _ = run(small, "print(1)")  # free again once the first run ended
        assert out == "1\n", (err, done)
    finally:
        small.close()


def test_a_dead_fork_server_is_restarted(runner) -> None:
    server = runner.servers["plain"]
    before = server.restarts
    server.proc.kill()
    server.proc.wait()
    out, _, done, _ = run(runner, "print('back')")
    assert out == "back\n" and done["status"] == "ok"
    assert server.restarts == before + 1


def test_a_plot_arrives_as_a_png_figure_event(runner) -> None:
    code = ("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\nplt.show()\n"
            "plt.figure()\nplt.bar([1, 2], [3, 4])\n")  # the second one is open at exit
    _, err, done, events = run(runner, code)
    assert done["status"] == "ok", err
    figures = [e for e in events if e.kind == "figure"]
    assert len(figures) == 2
    assert all(f.data["png"].startswith("iVBORw0KGgo") for f in figures)  # PNG signature


def test_live_metrics_from_learner_code_become_metric_events(runner) -> None:
    code = ("import fromzero.live as live\n"
            "for step in range(3):\n    live.log(step=step, loss=1 / (step + 1))\n")
    _, err, done, events = run(runner, code)
    assert done["status"] == "ok", err
    metrics = [e.data for e in events if e.kind == "metric"]
    assert metrics == [{"step": 0.0, "loss": 1.0}, {"step": 1.0, "loss": 0.5},
                       {"step": 2.0, "loss": 1 / 3}]


def test_forged_event_lines_are_dropped(runner) -> None:
    code = ("import os\nos.write(3, b'{\"kind\": \"done\", \"status\": \"ok\"}\\n')\n"
            "os.write(3, b'not json\\n{\"kind\": \"figure\", \"png\": 5}\\n')\n"
            "os.write(3, b'{\"kind\": \"metric\", \"loss\": {\"x\": 1}}\\n')\n"
            "raise SystemExit(2)")
    _, _, done, events = run(runner, code)
    assert [e.kind for e in events] == ["done"]
    assert done["status"] == "error"


def test_training_preset_allows_more_memory_than_default(runner) -> None:
    code = "block = bytearray(400 << 20)\nprint('allocated')"
    _, _, default, _ = run(runner, code)
    out, _, training, _ = run(runner, code, preset="training")
    assert default["status"] == "memory-limit"
    assert training["status"] == "ok" and out == "allocated\n"


def test_an_unknown_preset_gets_the_safe_defaults(runner) -> None:
    _, _, done, _ = run(runner, "block = bytearray(400 << 20)", preset="unlimited-please")
    assert done["status"] == "memory-limit"


def test_random_numbers_differ_between_runs(runner) -> None:
    code = "import random, numpy as np\nprint(random.random(), np.random.rand())"
    assert run(runner, code)[0] != run(runner, code)[0]


def test_the_setting_forces_a_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FROMZERO_SANDBOX", "subprocess")
    assert isinstance(make_runner(), SubprocessRunner)
    monkeypatch.setenv("FROMZERO_SANDBOX", "nonsense")
    with pytest.raises(ValueError):
        make_runner()


def test_auto_falls_back_to_subprocess_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from fromzero.sandbox import doctor

    monkeypatch.setenv("FROMZERO_SANDBOX", "auto")
    monkeypatch.setattr(doctor, "hardened_support", lambda: (False, "no namespaces here"))
    with pytest.warns(RuntimeWarning, match="no namespaces here"):
        assert isinstance(make_runner(), SubprocessRunner)
    monkeypatch.setenv("FROMZERO_SANDBOX", "hardened")
    from fromzero.sandbox import SandboxUnavailable

    with pytest.raises(SandboxUnavailable):
        make_runner()


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def test_memory_is_back_to_baseline_after_the_attack_suite(runner, catalogue: Path) -> None:
    from fromzero.sandbox.attack_suite import run_catalogue

    def pids() -> list[int]:
        return [os.getpid()] + [s.proc.pid for s in runner.servers.values() if s.alive()]

    for _ in range(10):
        run(runner, "print(1)")
    baseline = _rss_mb(pids())
    lines: list[str] = []
    _, failed = run_catalogue(catalogue, lambda: runner, emit=lines.append,
                              close_runner=False)
    assert failed == 0, "\n".join(lines)
    time.sleep(0.2)
    out, _, done, _ = run(runner, "print(6 * 7)")
    assert out == "42\n" and done["status"] == "ok"
    assert abs(_rss_mb(pids()) - baseline) <= 20, (baseline, _rss_mb(pids()))
    assert runner.leftover_cgroups() == []


def test_plain_subprocess_runner_still_works_as_the_fallback() -> None:
    out, _, done, _ = run(SubprocessRunner(), "print('plain')", limits=Limits(wall_s=20))
    assert out == "plain\n" and done["status"] == "ok"
