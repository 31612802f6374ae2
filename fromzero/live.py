"""Send numbers from your own program to the live charts.

Inside code you run on the platform, `fromzero.live.log(step=3, loss=0.25)` draws a point on
the training dashboard. Outside the platform it simply prints the numbers, so the same code
runs anywhere.
"""

from __future__ import annotations

import json
import math
import os
import sys

_channel = None


def _open_channel():
    global _channel
    if _channel is None:
        fd = os.environ.get("FROMZERO_EVENTS_FD")
        if fd is not None:
            try:
                _channel = os.fdopen(int(fd), "w", buffering=1, closefd=False)
            except OSError:
                _channel = False
        else:
            _channel = False
    return _channel


def log(**metrics: float) -> None:
    """Record numbers for the live chart: log(step=10, loss=0.31, accuracy=0.9)."""
    clean: dict[str, float | int | None] = {}
    for name, value in metrics.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise TypeError(
                f"fromzero.live.log: {name}={value!r} is not a number. Pass numbers only, "
                f"for example log(step=1, loss=0.5)."
            ) from None
        clean[name] = number if math.isfinite(number) else None
    channel = _open_channel()
    if channel:
        channel.write(json.dumps({"kind": "metric", **clean}) + "\n")
    else:
        print("  ".join(f"{k}={v}" for k, v in metrics.items()), file=sys.stdout)
