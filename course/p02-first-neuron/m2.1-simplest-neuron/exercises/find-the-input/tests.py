from fromzero.grading import Mistake, Probe, random_floats

def _nonzero_weight(rng):
    """Random output and bias, and a weight that is never zero (we cannot divide by zero)."""
    return (round(rng.uniform(-5, 5), 2), rng.choice([-2, -0.5, 0.25, 0.5, 1.5, 4]),
            round(rng.uniform(-5, 5), 2))


PROBES = [
    Probe(task=1, call="find_bias", args=(5, 0.5, 3.5), expect=1),  # the pocket money neuron
    Probe(task=1, call="find_bias", args=(2, 3, 1)),
    Probe(task=1, call="find_bias", args=(-4, 0.25, 0)),
    Probe(task=1, call="find_bias", args=random_floats(3)),
    Probe(task=2, call="find_input", args=(3.5, 0.5, 1), expect=5),  # the pocket money neuron
    Probe(task=2, call="find_input", args=(10, 2, 4)),
    Probe(task=2, call="find_input", args=(-7, -2, 1)),
    Probe(task=2, call="find_input", args=(0, 4, 2)),
    Probe(task=2, call="find_input", args=_nonzero_weight),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, w, output: x * w - output,
            say="Your sign is flipped. Take x × w away from the output, not the other way round."),
    Mistake(task=1, when=lambda x, w, output: output - x,
            say="Did you forget to multiply x by the weight first?"),
    Mistake(task=1, when=lambda x, w, output: output + x * w,
            say="You added x × w. To undo, take it away instead."),
    Mistake(task=2, when=lambda output, w, b: output / w - b,
            say="Undo the steps in the opposite order: take the bias away first, then divide."),
    Mistake(task=2, when=lambda output, w, b: output - b / w,
            say="Python divides before it takes away. Put brackets around (output - b)."),
    Mistake(task=2, when=lambda output, w, b: (output - b) * w,
            say="You multiplied by the weight. To undo a times, divide instead."),
    Mistake(task=2, when=lambda output, w, b: (output + b) / w,
            say="You added the bias. To undo adding, take it away instead."),
]

TOLERANCE = 1e-6
