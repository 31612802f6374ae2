"""Golden files: for each concept, chosen inputs and the steps Python produces for them.

pytest checks that Python still produces them; Vitest checks that the TypeScript mirror in
`web/src/explain/` produces the very same text. Regenerate with
`python -m fromzero.explain.golden --write` after changing a concept on purpose.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fromzero.explain import explain, steps_to_json

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "tests" / "golden" / "explain"

# Inputs chosen to cover the interesting cases: the brief's examples, negatives, zero,
# values that need rounding, and numbers big enough to overflow e^x.
CASES: dict[str, list[dict]] = {
    "neuron": [
        {"x": 5, "w": 0.5, "b": 1}, {"x": 0, "w": 2, "b": -2}, {"x": 7.3, "w": -1.25, "b": 0.4},
        {"x": 10, "w": -2, "b": 2}, {"x": 3, "w": 0.1, "b": 0.2}, {"x": 1.03125, "w": 1, "b": 0},
    ],
    "weighted_sum": [
        {"inputs": [3, 7, 2], "weights": [0.5, 0.3, 0.8]},
        {"inputs": [5, 2, 8], "weights": [0.2, 0.5, 0.1]},
        {"inputs": [-1.5, 4], "weights": [2, -0.25]},
        {"inputs": [], "weights": []},
    ],
    "neuron_multi": [
        {"inputs": [3, 7, 2], "weights": [0.5, 0.3, 0.8], "b": 1},
        {"inputs": [5, 2, 8], "weights": [0.2, 0.5, 0.1], "b": 0.5},
        {"inputs": [1, -1], "weights": [-0.6, 0.9], "b": -0.35},
    ],
    "sigmoid": [
        {"x": 2}, {"x": 0}, {"x": -3}, {"x": 5}, {"x": -5}, {"x": 10}, {"x": -10},
        {"x": 4.3}, {"x": 0.25}, {"x": -800}, {"x": 800},
    ],
    "relu": [{"x": 5}, {"x": -3}, {"x": 0}, {"x": 0.75}, {"x": -0.001}],
    "complete_neuron": [
        {"inputs": [2, 5], "weights": [0.4, 0.6], "b": 0.5, "activation": "sigmoid"},
        {"inputs": [2, 5], "weights": [0.4, 0.6], "b": 0.5, "activation": "relu"},
        {"inputs": [1, 2, 3], "weights": [-0.5, 0.25, -0.75], "b": 0.1, "activation": "relu"},
        {"inputs": [1, 2, 3], "weights": [-0.5, 0.25, -0.75], "b": 0.1, "activation": "sigmoid"},
    ],
}


def build() -> dict[str, list[dict]]:
    return {
        concept: [{"inputs": inputs, "steps": steps_to_json(explain(concept, **inputs))}
                  for inputs in cases]
        for concept, cases in CASES.items()
    }


def write(directory: Path = GOLDEN_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for concept, cases in build().items():
        text = json.dumps(cases, ensure_ascii=False, indent=1) + "\n"
        (directory / f"{concept}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the golden files")
    if parser.parse_args().write:
        write()
