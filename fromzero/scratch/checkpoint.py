"""Save and load a model's weights with its config in one `.npz` file.

Layout of the file: one array per parameter (keyed by its state_dict name) plus
`__format__` ("fromzero.scratch/1") and `__config__` (the config as JSON text).

Worked example::

    >>> save("mlp.npz", model, {"sizes": [784, 128, 10]})
    >>> state, config = load("mlp.npz")
    >>> config["sizes"]
    [784, 128, 10]
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from fromzero.scratch.nn.module import Module

FORMAT = "fromzero.scratch/1"


def save(path: str | Path, model: Module, config: dict[str, Any] | None = None) -> None:
    """Write the model's parameters and its config (JSON-serialisable) to `path`."""
    arrays = dict(model.state_dict())
    arrays["__format__"] = np.array(FORMAT)
    arrays["__config__"] = np.array(json.dumps(config or {}))
    with open(path, "wb") as f:
        np.savez(f, **arrays)


def _wrong_file(path: str | Path, why: str) -> ValueError:
    return ValueError(
        f"load: '{path}' {why}; expected a .npz file written by fromzero.scratch.save "
        f"(format '{FORMAT}') holding the weights and config; check the path"
    )


def load(path: str | Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Read a file written by `save`. Returns (state_dict, config)."""
    if not Path(path).exists():
        raise FileNotFoundError(f"load: no file at '{path}'; expected a .npz from save()")
    try:
        archive = np.load(path, allow_pickle=False)
    except (ValueError, OSError, zipfile.BadZipFile) as err:
        raise _wrong_file(path, f"is not a .npz archive ({type(err).__name__})") from None
    if not hasattr(archive, "files"):
        raise _wrong_file(path, "holds a single array, not a saved model")
    with archive:
        if "__format__" not in archive.files:
            raise _wrong_file(path, f"has no '__format__' entry (it holds {archive.files[:5]})")
        found = str(archive["__format__"])
        if found != FORMAT:
            raise _wrong_file(path, f"has format '{found}'")
        config = json.loads(str(archive["__config__"]))
        state = {k: archive[k] for k in archive.files if not k.startswith("__")}
    return state, config


def load_into(model: Module, path: str | Path) -> dict[str, Any]:
    """Load weights from `path` into `model`; returns the saved config."""
    state, config = load(path)
    model.load_state_dict(state)
    return config
