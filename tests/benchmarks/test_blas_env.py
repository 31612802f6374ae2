"""The benchmark workers' environment: thread counts fixed, OpenBLAS kernel pins dropped
unless asked to keep them, and the kernel each worker ran reported."""

from __future__ import annotations

import importlib.util
import platform
import subprocess
import sys

import pytest

from tests.conftest import REPO

SPEC = importlib.util.spec_from_file_location("blas_env", REPO / "benchmarks" / "blas_env.py")
blas_env = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(blas_env)


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Haswell")
    monkeypatch.setenv("OPENBLAS_L2_SIZE", "512")


def test_worker_env_fixes_every_thread_variable() -> None:
    env = blas_env.worker_env(3)
    assert [env[v] for v in blas_env.THREAD_VARS] == ["3", "3", "3"]


def test_worker_env_drops_both_pins_by_default(pinned: None) -> None:
    env = blas_env.worker_env(1)
    assert "OPENBLAS_CORETYPE" not in env and "OPENBLAS_L2_SIZE" not in env
    assert blas_env.pin_description() == "OPENBLAS_CORETYPE=Haswell, OPENBLAS_L2_SIZE=512"


def test_worker_env_keeps_the_pins_when_asked(pinned: None) -> None:
    env = blas_env.worker_env(2, pinned_blas=True)
    assert env["OPENBLAS_CORETYPE"] == "Haswell" and env["OPENBLAS_L2_SIZE"] == "512"


def test_pin_description_without_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in blas_env.PIN_VARS:
        monkeypatch.delenv(var, raising=False)
    assert blas_env.pin_description() == "none"


@pytest.mark.skipif(platform.machine() != "x86_64", reason="the Haswell kernel is x86 only")
def test_a_worker_reports_the_kernel_it_ran(pinned: None) -> None:
    code = ("import sys; sys.path.insert(0, 'benchmarks'); import blas_env; "
            "print(blas_env.blas_kernel())")
    reports = {}
    for keep in (True, False):
        env = blas_env.worker_env(1, pinned_blas=keep)
        reports[keep] = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env,
                                       check=True, capture_output=True, text=True).stdout
    assert reports[True].startswith("openblas ") and "Haswell, 1 thread" in reports[True]
    assert reports[False].startswith("openblas ") and reports[False].rstrip().endswith("1 thread")
