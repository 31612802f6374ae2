from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = {"w_f": 1, "u_f": 1, "b_f": 0, "w_i": 0.5, "u_i": -1, "b_i": 0,
          "w_g": 1, "u_g": 1, "b_g": -0.5, "w_o": 2, "u_o": 0, "b_o": -1}
STEP = {"x": 1, "h": 0.5, "c": 0.8, "weights": LESSON}
# The lesson's gates, computed by fromzero.explain: f = σ(1.5), i = σ(0), g = tanh(1).
F = final_value("lstm_step", {**STEP, "show": "f"})
I = final_value("lstm_step", {**STEP, "show": "i"})
G = final_value("lstm_step", {**STEP, "show": "g"})
C_NEW = final_value("lstm_step", {**STEP, "show": "c"})


def _random(rng):
    c = round(rng.uniform(-2, 2), 2)
    f, i = round(rng.uniform(0.05, 0.95), 2), round(rng.uniform(0.05, 0.95), 2)
    g = round(rng.uniform(-0.95, 0.95), 2)
    return (c, f, i, g)


PROBES = [
    Probe(task=1, call="lstm_cell_update", args=(0.8, F, I, G), expect=C_NEW,
          name="the lesson's step"),
    Probe(task=1, call="lstm_cell_update", args=(1, 1, 0, 0.9), expect=1,
          name="remember: forget gate open, input gate shut"),
    Probe(task=1, call="lstm_cell_update", args=(2.5, 0, 1, -0.4), expect=-0.4,
          name="replace: forget gate shut, input gate open"),
    Probe(task=1, call="lstm_cell_update", args=(-1.2, 0.3, 0.6, 0.5)),
    Probe(task=1, call="lstm_cell_update", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda c, f, i, g: f * c + g,
            say="The input gate is missing: you wrote all of the candidate g. Multiply it by "
                "the input gate first: i × g."),
    Mistake(task=1, when=lambda c, f, i, g: c + i * g,
            say="The forget gate is missing: you kept all of the old c. Multiply it by the "
                "forget gate first: f × c."),
    Mistake(task=1, when=lambda c, f, i, g: f * i * g,
            say="You multiplied the three gates together, and the old c is gone. The new cell "
                "is two products added: f × c plus i × g."),
    Mistake(task=1, when=lambda c, f, i, g: i * c + f * g,
            say="The gates are swapped. The forget gate f goes with the old c, the input gate "
                "i goes with the candidate g."),
]
TOLERANCE = 1e-6
