"""The environment a benchmark worker process runs in, and which BLAS kernel it got.

Thread counts must be fixed before numpy or torch load, so each measurement runs in a child
process whose environment this module builds.

Some machines pin OpenBLAS to an older kernel family through OPENBLAS_CORETYPE (and
OPENBLAS_L2_SIZE), because old OpenBLAS builds picked a wrong kernel on new processors. The
numpy of this project ships a current OpenBLAS that detects the processor itself; with the
pin, its matrix products run AVX2 kernels on an AVX-512 machine and take about 1.4x as long,
while PyTorch (MKL/oneDNN ignores those variables) keeps its AVX-512 code. The comparison would
then measure the pin, not our code, so by default a worker drops both variables and each
benchmark prints the kernel it ran. `--pinned-blas` keeps the machine's settings, to report
that figure as well. Tests and the platform itself never change these variables.
"""

from __future__ import annotations

import os

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
PIN_VARS = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def worker_env(threads: int, pinned_blas: bool = False) -> dict[str, str]:
    """A copy of this process's environment with `threads` BLAS/OpenMP threads."""
    env = dict(os.environ)
    for var in THREAD_VARS:
        env[var] = str(threads)
    if not pinned_blas:
        for var in PIN_VARS:
            env.pop(var, None)
    return env


def pin_description() -> str:
    """What the parent's environment pins, e.g. 'OPENBLAS_CORETYPE=Haswell', or 'none'."""
    pins = [f"{var}={os.environ[var]}" for var in PIN_VARS if var in os.environ]
    return ", ".join(pins) or "none"


def blas_kernel() -> str:
    """numpy's BLAS as loaded in this process, e.g. 'openblas 0.3.31 SkylakeX, 1 thread'."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown (install threadpoolctl to see the kernel)"
    import numpy  # noqa: F401  (load numpy's BLAS so threadpoolctl can see it)

    for pool in threadpool_info():
        if pool.get("user_api") == "blas":
            threads = pool.get("num_threads")
            return (f"{pool.get('internal_api')} {pool.get('version')} "
                    f"{pool.get('architecture')}, {threads} thread{'s' if threads != 1 else ''}")
    return "no BLAS found"
