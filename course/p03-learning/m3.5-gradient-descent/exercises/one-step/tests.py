from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="update", args=(0.1, -19.2, 0.05),
          expect=final_value("descent_step", {"x": 2, "target": 5, "w": 0.1, "lr": 0.05})),
    Probe(task=1, call="update", args=(1.06, -11.52, 0.05),
          expect=final_value("descent_step", {"x": 2, "target": 5, "w": 1.06, "lr": 0.05})),
    Probe(task=1, call="update", args=(3, 4, 0.1)),
    Probe(task=1, call="update", args=(-1, 0, 0.5)),
    Probe(task=1, call="update", args=random_floats(3)),
    Probe(task=1, call="update", args=random_floats(3)),
]

MISTAKES = [
    Mistake(task=1, when=lambda w, g, lr: w + lr * g,
            say="You went uphill: take the step away from the weight (−), don't add it."),
    Mistake(task=1, when=lambda w, g, lr: w - g,
            say="You forgot the learning rate. The step is learning rate × gradient."),
    Mistake(task=1, when=lambda w, g, lr: lr * g,
            say="That is the step. Take it away from the old weight to get the new weight."),
    Mistake(task=1, when=lambda w, g, lr: w - g / lr,
            say="Multiply the gradient by the learning rate, don't divide."),
    Mistake(task=1, when=lambda w, g, lr: (w - lr) * g,
            say="Work out the step first: learning rate × gradient. Then take it away from the weight."),
]

TOLERANCE = 1e-6
