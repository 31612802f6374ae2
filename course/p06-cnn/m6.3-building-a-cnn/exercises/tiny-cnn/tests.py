import numpy as np

from fromzero.grading import Mistake, Probe

BAR = [[0, 0, 1, 1, 0, 0]] * 6  # a bright vertical bar
EDGE = [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]  # dark on the left, bright on the right
W = [[0.5, 0.5, 0.5, 0.5], [-0.5, 0.2, -0.5, 0.2]]
B = [0.1, -0.1]
STEP = [[0, 0, 0, 1, 1, 1]] * 3 + [[0, 0, 0, 0, 0, 0]] * 3  # a bright square top right
BLUR = [[0.1, 0.2, 0.1], [0.2, 0.4, 0.2], [0.1, 0.2, 0.1]]


def _reference(image, kernel, dense_w, dense_b, relu=True, pool="max", bias=True,
               flip=False):
    """The same tiny CNN with numpy, with switches for the usual mistakes."""
    x = np.asarray(image, dtype=float)
    k = np.asarray(kernel, dtype=float)
    if flip:
        k = k[::-1, ::-1]
    side = x.shape[0] - k.shape[0] + 1
    fmap = np.array([[np.sum(x[r:r + 3, c:c + 3] * k) for c in range(side)]
                     for r in range(side)])
    if relu:
        fmap = np.maximum(fmap, 0)
    windows = fmap.reshape(side // 2, 2, side // 2, 2)
    pooled = windows.max(axis=(1, 3)) if pool == "max" else windows.mean(axis=(1, 3))
    flat = pooled.reshape(-1)
    scores = np.asarray(dense_w, dtype=float) @ flat
    if bias:
        scores = scores + np.asarray(dense_b, dtype=float)
    return [float(s) for s in scores]


def _random(rng):
    image = [[rng.choice([0, 0, 1, 2]) for _ in range(6)] for _ in range(6)]
    kernel = [[rng.choice([-1, 0, 1, 2]) for _ in range(3)] for _ in range(3)]
    dense_w = [[round(rng.uniform(-1, 1), 2) for _ in range(4)] for _ in range(2)]
    dense_b = [round(rng.uniform(-1, 1), 2) for _ in range(2)]
    return (image, kernel, dense_w, dense_b)


PROBES = [
    Probe(task=1, call="cnn_forward", args=(BAR, EDGE, W, B), expect=_reference(BAR, EDGE, W, B)),
    Probe(task=1, call="cnn_forward", args=(STEP, EDGE, W, B),
          expect=_reference(STEP, EDGE, W, B)),
    Probe(task=1, call="cnn_forward", args=(STEP, BLUR, W, B)),
    Probe(task=1, call="cnn_forward", args=_random),
    Probe(task=1, call="cnn_forward", args=_random),
    Probe(task=1, call="cnn_forward", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda *a: _reference(*a, relu=False),
            say="The negative numbers of the feature map were kept. Apply ReLU, max(0, v), to "
                "every number before pooling."),
    Mistake(task=1, when=lambda *a: _reference(*a, pool="mean"),
            say="You took the mean of each 2 by 2 window. Max pooling keeps the biggest of the "
                "four numbers."),
    Mistake(task=1, when=lambda *a: _reference(*a, bias=False),
            say="The scores are missing the dense layer's biases. Start each score from its "
                "bias in dense_b."),
    Mistake(task=1, when=lambda *a: _reference(*a, relu=False, pool="mean"),
            say="No ReLU, and mean pooling instead of max: apply max(0, v) to the map, then "
                "keep the biggest number of each window."),
    Mistake(task=1, when=lambda *a: _reference(*a, flip=True),
            say="Your filter is turned around. Multiply image[r + i][c + j] by kernel[i][j]: "
                "the filter's top-left weight goes with the patch's top-left pixel."),
]
TOLERANCE = 1e-6
