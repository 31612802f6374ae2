import math

from fromzero.grading import Mistake, Probe

COURSE_CNN = [("conv", 3), ("pool", 2), ("conv", 3), ("pool", 2)]


def _walk(size, layers, conv, pool):
    for kind, n in layers:
        size = conv(size, n) if kind == "conv" else pool(size, n)
    return size


def _random(rng):
    """A random stack of conv and pool steps whose maps stay at least 2 wide."""
    while True:
        layers = []
        for _ in range(rng.randint(1, 3)):
            layers.append(("conv", rng.choice([3, 5])))
            layers.append(("pool", rng.choice([2, 3])))
        size = rng.randint(40, 64)
        if _walk(size, layers, lambda s, k: s - k + 1, lambda s, p: s // p) >= 2:
            return (size, layers)


PROBES = [
    Probe(task=1, call="shape_after", args=(28, COURSE_CNN), expect=5),
    Probe(task=1, call="shape_after", args=(28, [("conv", 3)]), expect=26),
    Probe(task=1, call="shape_after", args=(28, [("conv", 3), ("pool", 2), ("conv", 3)]),
          expect=11),
    Probe(task=1, call="shape_after", args=(32, [("conv", 5), ("pool", 2), ("conv", 5), ("pool", 2)])),
    Probe(task=1, call="shape_after", args=(11, [("pool", 2)])),
    Probe(task=1, call="shape_after", args=(7, [])),
    Probe(task=1, call="shape_after", args=_random),
    Probe(task=1, call="shape_after", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda size, layers: _walk(size, layers, lambda s, k: s - k,
                                                    lambda s, p: s // p),
            say="A conv step came out one too small. A k by k filter fits in size − k + 1 "
                "places: 28 − 3 + 1 = 26, not 25."),
    Mistake(task=1, when=lambda size, layers: _walk(size, layers, lambda s, k: s - k + 1,
                                                    lambda s, p: math.ceil(s / p)),
            say="Pooling rounded up. A window that does not fit fully is dropped, so round "
                "down: 11 // 2 is 5."),
    Mistake(task=1, when=lambda size, layers: _walk(size, layers, lambda s, k: s - k + 1,
                                                    lambda s, p: s),
            say="The pool steps did not change the size. Max pooling with p by p windows "
                "divides the side by p."),
    Mistake(task=1, when=lambda size, layers: _walk(size, layers, lambda s, k: s - k + 1,
                                                    lambda s, p: s / p),
            say="Your answer has a fraction in it. A side is a whole number of pixels: use "
                "`//` to divide and round down."),
    Mistake(task=1, when=lambda size, layers: _walk(size, layers, lambda s, k: s,
                                                    lambda s, p: s // p),
            say="The conv steps did not change the size. Without padding, a k by k filter "
                "makes the side k − 1 smaller."),
]
