from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

MEAN, STD = 0.1307, 0.3081


def _anchor(pixels, mean=None, std=None):
    """Each pixel's result, worked out by fromzero.explain (normalise_pixels)."""
    inputs = {} if mean is None else {"mean": mean, "std": std}
    return [final_value("normalise_pixels", {"pixels": [p], **inputs}) for p in pixels]


def _pixels(rng):
    return ([rng.randint(0, 255) for _ in range(rng.randint(4, 9))],)


def _pixels_mnist(rng):
    return (_pixels(rng)[0], MEAN, STD)


PROBES = [
    Probe(task=1, call="normalise", args=([0, 51, 255],), expect=_anchor([0, 51, 255])),
    Probe(task=1, call="normalise", args=([128, 64, 200, 10],)),
    Probe(task=1, call="normalise", args=([],)),
    Probe(task=1, call="normalise", args=_pixels),
    Probe(task=2, call="normalise", args=([0, 255], MEAN, STD), expect=_anchor([0, 255], MEAN, STD)),
    Probe(task=2, call="normalise", args=([51, 102], 0.5, 0.25)),
    Probe(task=2, call="normalise", args=_pixels_mnist),
]

MISTAKES = [
    Mistake(task=1, when=lambda px: [p // 255 for p in px],
            say="Use / to divide, not //: // throws away the part after the point, so 51 // 255 is 0."),
    Mistake(task=1, when=lambda px: [p / 256 for p in px],
            say="Divide by 255, the brightest a pixel can be, not by 256. Then white becomes exactly 1."),
    Mistake(task=1, when=lambda px: [p / max(px) for p in px],
            say="You divided by the brightest pixel in this list. Always divide by 255, so every picture is shrunk the same way."),
    Mistake(task=1, when=lambda px: [p * 255 for p in px],
            say="You multiplied by 255. Divide instead, so the numbers get smaller."),
    Mistake(task=2, when=lambda px, m, s: [(p - m) / s for p in px],
            say="Divide by 255 first. Take away the mean only after that, from the small number."),
    Mistake(task=2, when=lambda px, m, s: [p / 255 - m / s for p in px],
            say="Mind the brackets: (v − mean) ÷ std. Take the mean away first, then divide the whole result by std."),
    Mistake(task=2, when=lambda px, m, s: [p / 255 for p in px],
            say="You left out mean and std. Take away mean, then divide by std."),
    Mistake(task=2, when=lambda px, m, s: [(p / 255 - m) * s for p in px],
            say="Divide by std, do not multiply by it."),
]

TOLERANCE = 1e-6
