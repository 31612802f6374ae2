from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _rates(x, w, t):
    prediction = final_value("neuron", {"x": x, "w": w, "b": 0})
    return [x, 1, 2 * final_value("error", {"prediction": prediction, "target": t})]


def _e(x, w, t):
    return x * w - t


PROBES = [
    Probe(task=1, call="link_rates", args=(2, 0.1, 5), expect=_rates(2, 0.1, 5)),
    Probe(task=1, call="link_rates", args=(-1.5, 2, 1)),
    Probe(task=1, call="link_rates", args=random_floats(3)),
    Probe(task=2, call="loss_slope", args=(2, 0.1, 5),
          expect=final_value("gradient", {"x": 2, "target": 5, "w": 0.1})),
    Probe(task=2, call="loss_slope", args=(3, 1, 2), expect=final_value("gradient", {"x": 3, "target": 2, "w": 1})),
    Probe(task=2, call="loss_slope", args=(-1.5, 2, 1)),
    Probe(task=2, call="loss_slope", args=random_floats(3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, w, t: [x, 1, _e(x, w, t)],
            say="The rate of error × error is 2 × error. Did you forget the 2?"),
    Mistake(task=1, when=lambda x, w, t: [w, 1, 2 * _e(x, w, t)],
            say="The first rate is how much the prediction moves when the weight moves. That is the input x, not w."),
    Mistake(task=1, when=lambda x, w, t: [x, -1, 2 * _e(x, w, t)],
            say="The error is prediction − target. It moves the same way as the prediction, so that rate is 1."),
    Mistake(task=2, when=lambda x, w, t: 2 * _e(x, w, t),
            say="You left out the first link, weight → prediction. Multiply by x as well."),
    Mistake(task=2, when=lambda x, w, t: x + 1 + 2 * _e(x, w, t),
            say="You added the rates. The chain rule multiplies them."),
    Mistake(task=2, when=lambda x, w, t: 2 * (t - x * w) * x,
            say="Your slope has the wrong sign. The error is prediction − target, not target − prediction."),
    Mistake(task=2, when=lambda x, w, t: _e(x, w, t) * x,
            say="The rate of error × error is 2 × error. Did you forget the 2?"),
]
