import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = {"xs": [1, 0, 0], "h0": 0, "w_x": 0.5, "w_h": 0.8, "b": 0}
SIGNS = {"xs": [1, 0, -1], "h0": 0, "w_x": 0.5, "w_h": 0.8, "b": 0}


def _args(d):
    return (d["xs"], d["h0"], d["w_x"], d["w_h"], d["b"])


def _states(xs, h0, w_x, w_h, b):
    h = h0
    out = []
    for x in xs:
        h = math.tanh(w_x * x + w_h * h + b)
        out.append(h)
    return out


def _shape(xs):
    def check(got):
        if isinstance(got, (int, float)):
            return ("You returned one number. run_rnn should return a list: the memory after "
                    f"every time step, {len(xs)} numbers for {len(xs)} inputs.")
        if not isinstance(got, list):
            return "run_rnn should return a list of numbers, one per input."
        if len(got) != len(xs):
            return (f"Your list has {len(got)} numbers, but there are {len(xs)} inputs. Append "
                    "the new memory once per input, inside the loop.")
        return None

    return check


def _random(rng):
    xs = [round(rng.uniform(-2, 2), 1) for _ in range(rng.randint(3, 7))]
    return (xs, round(rng.uniform(-0.5, 0.5), 2), round(rng.uniform(0.3, 1.5), 2),
            round(rng.uniform(0.3, 1.2), 2), round(rng.uniform(-0.5, 0.5), 2))


PROBES = [
    Probe(task=1, call="run_rnn", args=_args(LESSON), check=_shape(LESSON["xs"]),
          name="one memory per input"),
    Probe(task=1, call="run_rnn", args=_args(LESSON), name="the lesson's three steps",
          expect=_states(*_args(LESSON))),
    Probe(task=1, call="run_rnn", args=_args(SIGNS), name="the last memory of 1, 0, −1",
          check=lambda got: None if isinstance(got, list) and got and
          abs(got[-1] - final_value("rnn_sequence", SIGNS)) < 1e-6 else
          "The memory after the last input of [1, 0, -1] should be about "
          f"{final_value('rnn_sequence', SIGNS):.4f}."),
    Probe(task=1, call="run_rnn", args=([2, -1, 0.5, 1], 0.3, 1.1, 0.9, -0.2)),
    Probe(task=1, call="run_rnn", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda xs, h0, w_x, w_h, b: [math.tanh(w_x * x + w_h * h0 + b) for x in xs],
            say="Every step started again from h0, so the network forgot everything. Keep the "
                "new memory in h and use it at the next step."),
    Mistake(task=1, when=lambda xs, h0, w_x, w_h, b: _states([xs[0], *xs], h0, w_x, w_h, b)[1:],
            say="The first input was read twice: once before the loop and once inside it. "
                "Start with h = h0 and let the loop read every input once."),
    Mistake(task=1, when=lambda xs, h0, w_x, w_h, b: [w_x * x + w_h * h0 + b for x in xs],
            say="No memory is carried and no tanh is used. Each step needs the memory from "
                "the step before, squashed with tanh."),
]
TOLERANCE = 1e-6
