from fromzero.explain.convolution import feature_map
from fromzero.grading import Mistake, Probe

VERTICAL = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
EDGE = [[0, 0, 0, 10, 10, 10] for _ in range(3)]
FLIP = [[10, 10, 10, 0, 0, 0] for _ in range(3)]
STRIPE = [[0, 0, 9, 9, 0, 0, 0] for _ in range(4)]  # a bright stripe: two edges, opposite signs
FLAT = [[5, 5, 5, 5] for _ in range(3)]
MOVED = [[0, 0, 0, 0, 10, 10] for _ in range(3)]


def _strengths(image):
    m = feature_map(image, VERTICAL)
    return [sum(abs(m[r][c]) for r in range(len(m))) for c in range(len(m[0]))]


def _edges(image):
    s = _strengths(image)
    return [] if max(s) == 0 else [c for c in range(len(s)) if s[c] == max(s)]


def _random(rng):
    rows, cols = rng.randint(3, 5), rng.randint(5, 8)
    where = rng.randint(1, cols - 1)
    dark, bright = 0, rng.randint(1, 9)
    image = [[dark if c < where else bright for c in range(cols)] for _ in range(rows)]
    return (image,)


def _signed(image):
    m = feature_map(image, VERTICAL)
    return [sum(m[r][c] for r in range(len(m))) for c in range(len(m[0]))]


def _first(image):
    s = _strengths(image)
    return s.index(max(s))


def _image_columns(image):
    return [c + 1 for c in _edges(image)]


def _all_when_flat(image):
    s = _strengths(image)
    return [c for c in range(len(s)) if s[c] == max(s)]


PROBES = [
    Probe(task=1, call="edge_strengths", args=(EDGE,), expect=_strengths(EDGE)),
    Probe(task=1, call="edge_strengths", args=(STRIPE,), expect=_strengths(STRIPE)),
    Probe(task=1, call="edge_strengths", args=(FLAT,)),
    Probe(task=1, call="edge_strengths", args=_random),
    Probe(task=2, call="find_edges", args=(EDGE,), expect=_edges(EDGE)),
    Probe(task=2, call="find_edges", args=(MOVED,), expect=_edges(MOVED)),
    Probe(task=2, call="find_edges", args=(FLIP,)),
    Probe(task=2, call="find_edges", args=(STRIPE,)),
    Probe(task=2, call="find_edges", args=(FLAT,), expect=[]),
    Probe(task=2, call="find_edges", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_signed,
            say="You added the numbers with their signs. A dark-to-bright edge gives numbers "
                "below 0: use abs(value), so every edge counts as strong."),
    Mistake(task=2, when=_first,
            say="You returned one column. Several columns can tie for the biggest strength: "
                "return a list of all of them."),
    Mistake(task=2, when=_image_columns,
            say="Those are the image columns in the middle of each patch. Return the columns "
                "of the feature map: the first map column is 0."),
    Mistake(task=2, when=_all_when_flat,
            say="This picture has no edge: every strength is 0. Then return an empty list []."),
]
