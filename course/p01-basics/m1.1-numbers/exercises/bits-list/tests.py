from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _value(bits):
    """The anchor: what from_binary makes of these bits, e.g. [1, 1, 0, 1] -> 13."""
    return final_value("from_binary", {"bits": "".join(str(b) for b in bits)})


def _random_bits(rng):
    return ([rng.randint(0, 1) for _ in range(4)],)


PROBES = [
    Probe(task=1, call="from_bits", args=([1, 1, 0, 1],), expect=_value([1, 1, 0, 1])),
    Probe(task=1, call="from_bits", args=([0, 1, 1, 0],), expect=_value([0, 1, 1, 0])),
    Probe(task=1, call="from_bits", args=([1, 0, 0, 0],)),
    Probe(task=1, call="from_bits", args=([0, 0, 0, 1],)),
    Probe(task=1, call="from_bits", args=_random_bits),
    Probe(task=2, call="is_odd", args=([1, 1, 0, 1],), expect=_value([1, 1, 0, 1]) % 2 == 1),
    Probe(task=2, call="is_odd", args=([0, 1, 1, 0],), expect=False),
    Probe(task=2, call="is_odd", args=([1, 0, 0, 0],), expect=False),
    Probe(task=2, call="is_odd", args=([0, 0, 0, 1],), expect=True),
    Probe(task=2, call="is_odd", args=([1, 1, 1, 1],), expect=True),
]

MISTAKES = [
    Mistake(task=1, when=lambda bits: bits[0] * 1 + bits[1] * 2 + bits[2] * 4 + bits[3] * 8,
            say="The places are the wrong way round. Position 0 is the 8s place."),
    Mistake(task=1, when=lambda bits: sum(bits),
            say="You counted the bits that are on. Multiply each bit by its place first."),
    Mistake(task=1, when=lambda bits: bits[1] * 8 + bits[2] * 4 + bits[3] * 2,
            say="Positions start at 0, not 1. The 8s bit is bits[0]."),
    Mistake(task=2, when=lambda bits: bits[0] == 1,
            say="You looked at the 8s bit. The 1s bit, at position 3, decides odd or even."),
    Mistake(task=2, when=lambda bits: bits[3],
            say="Return True or False, not the bit itself. Compare the bit with 1."),
]
