"""Python code: the standard library of the Python running From Zero, as one text corpus.

Every machine that runs From Zero already has these files, so nothing is downloaded. There is
no sha256 to record in advance (each Python version ships different files); instead the
prepared text's own sha256 goes in the manifest, and `info` shows which Python it came from.

Files are read in sorted path order and each starts with a `# file: <path>` line, so the corpus
is the same on every machine with the same Python. A file goes to val when the sha256 of its
path says so (`is_val`, about 1 file in 10): the split never depends on file sizes or order.
"""

from __future__ import annotations

import hashlib
import platform
import sysconfig
from pathlib import Path

from fromzero.datasets import store
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

# Tests are mostly repeated boilerplate, installed packages are not the standard library,
# and generated data modules (pydoc_data/topics.py is 0.7 MB of prose) are not code to learn.
SKIP_PARTS = {"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"}
MAX_FILE_BYTES = 200_000


def stdlib_dir() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def is_val(relative: str) -> bool:
    """is_val('json/decoder.py') -> False; about 1 path in 10 gives True.

    The first 8 hex digits of the path's sha256, read as a number, decide: a multiple of 10
    goes to val. A path never changes side, whatever other files are added.
    """
    return int(hashlib.sha256(relative.encode("utf-8")).hexdigest()[:8], 16) % 10 == 0


def collect(folder: Path, console: Console) -> tuple[str, str, int]:
    """Read every .py file under `folder` (sorted), return (train, val, files used)."""
    paths = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder)
        if SKIP_PARTS.intersection(relative.parts) or path.stat().st_size > MAX_FILE_BYTES:
            continue
        paths.append((relative.as_posix(), path))
    bar = console.bar("read .py files", len(paths), unit="files")
    train: list[str] = []
    val: list[str] = []
    used = 0
    for relative, path in paths:
        bar.advance(1)
        try:
            code = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # a few files are deliberately not UTF-8; a text corpus needs one encoding
        used += 1
        chunk = f"# file: {relative}\n{code.rstrip()}\n\n\n"
        (val if is_val(relative) else train).append(chunk)
    bar.finish()
    return "".join(train), "".join(val), used


def prepare(root: Path, console: Console, source: Path | None = None) -> Path:
    train, val, used = collect(Path(source) if source else stdlib_dir(), console)
    extra = {
        "source": f"the standard library of Python {platform.python_version()}",
        "source_files": used,
    }
    return store.write_texts("python-code", {"train": train, "val": val}, extra, root)


register(
    Source(
        name="python-code",
        title="Python standard library code",
        kind="text",
        description="About 700 files of real, well-reviewed Python code, for language models "
        "that learn to write code.",
        origin="the standard library of the Python that runs From Zero (no download)",
        splits="train / val strings split by file (about 1 file in 10 is val); ~11 MB",
        prepare=prepare,
        needs="nothing: it is already on this machine",
    )
)
