"""Two process-wide speed settings for numpy training on small shared machines (Linux).

1. `limit_blas_threads(1)`: numpy's BLAS (OpenBLAS) starts one thread per core for every
   matrix product above a small size. For the small matrices of the course's models, and on
   a machine whose other core is busy, the threads mostly wait for each other: measured here,
   a tiny GPT's training ran 25x slower with 2 threads than with 1 while another job ran.
2. `keep_freed_memory()`: every training step allocates and frees arrays of the same sizes.
   By default glibc hands big blocks straight back to the operating system and asks for
   fresh ones next step; each first touch of a fresh page then costs a page fault (~3
   microseconds per 4 KiB). PERF_NOTES.md measured ~11,000 such faults per GPT step. Raising
   glibc's thresholds keeps the blocks in the process and removes most of those faults; the
   price is that memory stays reserved at the peak size of a step.

Example::

    >>> limit_blas_threads(1)    # once, at the start of a training script
    True
    >>> keep_freed_memory()
    True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from pathlib import Path

_M_TRIM_THRESHOLD = -1  # glibc mallopt parameter numbers (malloc.h)
_M_MMAP_THRESHOLD = -3
_MMAP_MAX_ALLOWED = 32 * 1024 * 1024  # glibc's ceiling for the mmap threshold on 64-bit


def keep_freed_memory(trim_bytes: int = 1 << 30) -> bool:
    """Tell glibc malloc to reuse freed blocks (up to 32 MiB each) instead of unmapping them.

    Returns True if the settings were applied, False where they do not apply (not Linux/glibc).
    """
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False  # not glibc (e.g. musl): nothing to tune
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    ok_mmap = mallopt(_M_MMAP_THRESHOLD, _MMAP_MAX_ALLOWED)
    ok_trim = mallopt(_M_TRIM_THRESHOLD, trim_bytes)
    return bool(ok_mmap and ok_trim)


def _openblas() -> ctypes.CDLL | None:
    """numpy's own OpenBLAS, found among the libraries this process has loaded."""
    import numpy  # noqa: F401  (make sure numpy's BLAS is loaded)

    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    paths = {line.split()[-1] for line in maps.read_text().splitlines() if "openblas" in line}
    for path in sorted(paths):
        try:
            return ctypes.CDLL(path)
        except OSError:
            continue
    return None


def limit_blas_threads(n: int) -> bool:
    """Use at most `n` threads in numpy's matrix products from now on.

    Same effect as starting Python with OPENBLAS_NUM_THREADS=n, but works after numpy has
    loaded. Returns False where numpy does not use OpenBLAS (then nothing changes).
    """
    lib = _openblas()
    if lib is None:
        return False
    for name in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_",
                 "openblas_set_num_threads"):
        setter = getattr(lib, name, None)
        if setter is not None:
            setter.argtypes = [ctypes.c_int]
            setter(n)
            return True
    return False
