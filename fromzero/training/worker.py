"""The program a training worker process runs: `python -m fromzero.training.worker`.

The job manager (jobs.py) starts it as a fresh process, writes one JSON line
`{"preset": ..., "settings": {...}}` to its stdin and reads events back, one JSON line each,
from its stdout. Anything the training code prints goes to stderr instead, so it can never
corrupt the event stream. Every way a job can end sends one `done` event with a status and a
sentence for the learner; if the process dies without sending it, the manager writes it.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any, TextIO


def run_job(preset: str, settings: dict[str, Any], out: TextIO) -> None:
    """Train `preset` with `settings`, writing every event to `out` as a JSON line."""
    from fromzero.training import engine
    from fromzero.training.data import DataMissing
    from fromzero.training.presets import validate

    def emit(event: dict[str, Any]) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()  # the dashboard draws each point as it arrives

    try:
        params = validate(preset, settings)
        result = engine.train(preset, params, emit)
    except engine.Diverged as diverged:
        emit({"kind": "done", "status": "diverged", "step": diverged.step,
              "message": str(diverged)})
    except DataMissing as missing:
        emit({"kind": "done", "status": "error", "message": str(missing)})
    except Exception as err:  # noqa: BLE001  a bug must still end the stream with a sentence
        where = traceback.extract_tb(err.__traceback__)[-1]
        emit({"kind": "done", "status": "error",
              "message": f"Training stopped with an error: {type(err).__name__}: {err} "
                         f"(in {os.path.basename(where.filename)}, line {where.lineno}). "
                         "The server is fine; try other settings or report this."})
    else:
        emit({"kind": "done", "status": "ok", "metrics": result.metrics,
              "message": _finished_sentence(result.metrics)})


def _finished_sentence(metrics: dict[str, Any]) -> str:
    took = _duration(metrics["seconds"])
    if "test_accuracy" in metrics:
        return (f"{metrics['test_accuracy']:.1%} of the held-out examples are classified "
                f"correctly, after {metrics['steps']} steps in {took}.")
    return f"The validation loss is {metrics['val_loss']:.3f} after {metrics['steps']} steps in {took}."


def _duration(seconds: float) -> str:
    """0.4 -> 'under a second', 3.24 -> '3.2 s', 75 -> '75 s'."""
    if seconds < 1:
        return "under a second"
    return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"


def main() -> None:
    request = json.loads(sys.stdin.readline())
    events = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr  # stray prints must not mix with the events
    run_job(request["preset"], request["settings"], events)
    events.close()


if __name__ == "__main__":
    main()
