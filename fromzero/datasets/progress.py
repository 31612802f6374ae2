"""Plain-text progress for `prepare`: a bar on stderr that also reads well in a log file.

On a terminal the bar redraws in place; when stderr is a file or a pipe (CI, `make`) it
prints one line at each quarter so the log shows progress without thousands of lines.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 30


def _human(n: float) -> str:
    """_human(11_496_804) -> '11.5 MB' (decimal units, like file managers show)."""
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class ProgressBar:
    """progress = ProgressBar('parse', total=100); progress.advance(50) -> [###....] 50 %."""

    def __init__(self, label: str, total: int, unit: str = "bytes", stream: TextIO | None = None):
        self.label = label
        self.total = max(int(total), 1)
        self.unit = unit
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_draw = 0.0
        self._last_tenth = -1
        self._started = time.monotonic()

    def advance(self, n: int) -> None:
        self.done = min(self.done + int(n), self.total)
        self._draw(final=False)

    def finish(self) -> None:
        self.done = self.total
        self._draw(final=True)

    def _line(self) -> str:
        fraction = self.done / self.total
        filled = int(fraction * BAR_WIDTH)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        amount = (
            f"{_human(self.done)} / {_human(self.total)}"
            if self.unit == "bytes"
            else f"{self.done} / {self.total} {self.unit}"
        )
        return f"  {self.label:<28} [{bar}] {fraction * 100:3.0f} %  {amount}"

    def _draw(self, final: bool) -> None:
        if self.interactive:
            now = time.monotonic()
            # Redrawing thousands of times a second would cost more than the work itself.
            if not final and now - self._last_draw < 0.1:
                return
            self._last_draw = now
            end = f"  ({time.monotonic() - self._started:.1f} s)\n" if final else ""
            self.stream.write("\r" + self._line() + end)
        else:
            tenth = self.done * 4 // self.total  # a log line at each quarter
            if tenth == self._last_tenth:
                return
            self._last_tenth = tenth
            self.stream.write(self._line() + "\n")
        self.stream.flush()


class Console:
    """Where `prepare` reports: messages and progress bars on stderr (stdout stays for data)."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet

    def say(self, message: str) -> None:
        if not self.quiet:
            self.stream.write(message + "\n")
            self.stream.flush()

    def bar(self, label: str, total: int, unit: str = "bytes") -> ProgressBar:
        return ProgressBar(label, total, unit, stream=_Null() if self.quiet else self.stream)


class _Null:
    """A stream that swallows writes, for quiet runs and tests."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


QUIET = Console(quiet=True)
