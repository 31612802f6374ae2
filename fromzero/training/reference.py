"""Reference curves: a correct run of each preset at its default settings, recorded once.

The dashboard draws it beside the learner's live curve, so "is my loss going down fast
enough?" has an answer on screen. `fromzero train --reference-curves` re-records them into
`shipped/reference_curves.json`; a preset whose data is not prepared is skipped with a note.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fromzero.training import engine
from fromzero.training.data import DataMissing
from fromzero.training.presets import PRESETS, validate
from fromzero.training.recipes import SHIPPED, thin

REFERENCE_FILE = SHIPPED / "reference_curves.json"


def record_reference_curves(path: Path = REFERENCE_FILE) -> Path:
    curves: dict[str, Any] = {}
    for name in PRESETS:
        params = validate(name, {})
        print(f"Recording {name} at its defaults ...", flush=True)
        try:
            result = engine.train(name, params, sample_chars=0)
        except DataMissing as missing:
            print(f"  skipped: {missing}")
            continue
        curves[name] = {"settings": params.model_dump(), "metrics": result.metrics,
                        **thin(result.curve)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(curves, indent=1) + "\n", encoding="utf-8")
    return path


def reference_curves(path: Path = REFERENCE_FILE) -> dict[str, Any]:
    """Every recorded curve by preset name; empty if none has been recorded yet."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
