"""Server-side sets of limits. A request names a preset; it never carries limits itself."""

from __future__ import annotations

from fromzero.sandbox.events import Limits

PRESETS: dict[str, Limits] = {
    "default": Limits(),
    "grading": Limits(wall_s=10.0, cpu_s=8.0, memory_mb=512),
    "training": Limits(wall_s=600.0, cpu_s=600.0, memory_mb=2048, processes=64,
                       output_bytes=4 * 1024 * 1024),
}


def limits_for(preset: str) -> Limits:
    """The limits of a named preset; an unknown name gets the safe defaults."""
    return PRESETS.get(preset, PRESETS["default"])
