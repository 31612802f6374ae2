from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

SMALL = [[0, 51], [255, 102]]


def _anchor(image, label):
    """Worked out by fromzero.explain: each pixel normalised, and the lit box of the one-hot."""
    inputs = [final_value("normalise_pixels", {"pixels": [p]}) for row in image for p in row]
    lit = final_value("one_hot", {"label": label, "classes": 10})
    return (inputs, [1 if k == lit else 0 for k in range(10)])


def _image(rng):
    rows, cols = rng.randint(2, 4), rng.randint(2, 4)
    return ([[rng.randint(0, 255) for _ in range(cols)] for _ in range(rows)], rng.randint(0, 9))


def _flat(image):
    return [p / 255 for row in image for p in row]


def _target(label):
    return [1 if k == label else 0 for k in range(10)]


PROBES = [
    Probe(task=1, call="prepare", args=(SMALL, 3), expect=_anchor(SMALL, 3)),
    Probe(task=1, call="prepare", args=([[0, 0, 200], [0, 150, 255], [0, 0, 255]], 1),
          expect=_anchor([[0, 0, 200], [0, 150, 255], [0, 0, 255]], 1)),
    Probe(task=1, call="prepare", args=([[10, 20, 30]], 0)),
    Probe(task=1, call="prepare", args=_image),
    Probe(task=1, call="prepare", args=_image),
]

MISTAKES = [
    Mistake(task=1, when=lambda im, lb: ([p for row in im for p in row], _target(lb)),
            say="The inputs still go up to 255. Divide each pixel by 255."),
    Mistake(task=1, when=lambda im, lb: ([p // 255 for row in im for p in row], _target(lb)),
            say="Use / to divide, not //: // throws away the part after the point."),
    Mistake(task=1, when=lambda im, lb: (
        [im[r][c] / 255 for c in range(len(im[0])) for r in range(len(im))], _target(lb)),
            say="You went down the columns. Flatten row after row: all of row 0, then all of row 1."),
    Mistake(task=1, when=lambda im, lb: ([[p / 255 for p in row] for row in im], _target(lb)),
            say="The inputs are still a grid of rows. Flatten them into one list."),
    Mistake(task=1, when=lambda im, lb: (_flat(im), lb),
            say="The target is the plain label. Turn it into a one-hot list of 10 numbers."),
    Mistake(task=1, when=lambda im, lb: (_flat(im), _target(lb - 1)),
            say="The 1 in the target is one box too early. Put it at position `label`."),
]

TOLERANCE = 1e-6
