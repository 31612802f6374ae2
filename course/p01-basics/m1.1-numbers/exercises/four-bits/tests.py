from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _bits(*bits):
    """The anchor: what from_binary makes of these bits, e.g. (1, 1, 0, 1) -> 13."""
    return final_value("from_binary", {"bits": "".join(str(b) for b in bits)})


def _random_bits(rng):
    return tuple(rng.randint(0, 1) for _ in range(4))


PROBES = [
    Probe(task=1, call="four_bits", args=(1, 1, 0, 1), expect=_bits(1, 1, 0, 1)),
    Probe(task=1, call="four_bits", args=(0, 0, 0, 1), expect=_bits(0, 0, 0, 1)),
    Probe(task=1, call="four_bits", args=(1, 0, 0, 0), expect=_bits(1, 0, 0, 0)),
    Probe(task=1, call="four_bits", args=(0, 1, 1, 0)),
    Probe(task=1, call="four_bits", args=(1, 1, 1, 1)),
    Probe(task=1, call="four_bits", args=(0, 0, 0, 0)),
    Probe(task=1, call="four_bits", args=_random_bits),
]

MISTAKES = [
    Mistake(task=1, when=lambda b8, b4, b2, b1: b8 * 1 + b4 * 2 + b2 * 4 + b1 * 8,
            say="The places are the wrong way round. b8 is worth 8 and b1 is worth 1."),
    Mistake(task=1, when=lambda b8, b4, b2, b1: b8 + b4 + b2 + b1,
            say="You counted the bits that are on. Multiply each bit by its place first."),
    Mistake(task=1, when=lambda b8, b4, b2, b1: int(f"{b8}{b4}{b2}{b1}"),
            say="You wrote the bits side by side as an everyday number. Multiply each bit by its place, then add."),
    Mistake(task=1, when=lambda b8, b4, b2, b1: b8 * 4 + b4 * 3 + b2 * 2 + b1 * 1,
            say="The places are worth 8, 4, 2 and 1: each is double the one to its right."),
]
