"""The shape of a worked example: a list of steps, each with its sentence and its numbers.

Rounding is a presentation choice made here and only here. `fmt` rounds half away from zero
on the exact binary value, which is what JavaScript's `toFixed` does, so the TS mirror in
`web/src/explain/` prints the very same characters.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal

DECIMALS = 4


@dataclass(frozen=True)
class Step:
    """One line of shown work: what we do, the sum with the numbers in, and the result."""

    text: str  # "Multiply the input by the weight."
    expr: str  # "5 × 0.5 = 2.5"
    value: float  # 2.5 (full precision, for code that chains steps)

    def to_dict(self) -> dict:
        d = asdict(self)
        if not math.isfinite(self.value):
            d["value"] = fmt(self.value)  # JSON has no NaN or infinity
        return d


def fmt(x: float, decimals: int = DECIMALS) -> str:
    """Round for display: fmt(2.5000) -> '2.5', fmt(1/3) -> '0.3333', fmt(0.0000454) -> '0.0000454'.

    Numbers at or above 0.001 get at most 4 decimals; smaller ones keep 3 significant digits.
    """
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x).replace("-", "−")
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "infinity" if x > 0 else "−infinity"
    if abs(x) >= 1e21:
        # Whole numbers this big print every digit, as JavaScript's BigInt does in the mirror.
        return str(int(x)).replace("-", "−")
    if 0 < abs(x) < 10.0 ** -(decimals - 1):
        # Tiny numbers would all show as 0: keep three significant digits instead,
        # e.g. 0.0000454 rather than 0 (at most 12 decimals).
        decimals = min(12, 2 - math.floor(math.log10(abs(x))))
    q = Decimal(x).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s.replace("-", "−")


def steps_to_json(steps: list[Step]) -> list[dict]:
    return [s.to_dict() for s in steps]
