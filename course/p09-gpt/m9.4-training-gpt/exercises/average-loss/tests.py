import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = [0.5, 0.25, 0.8]


def _random(rng):
    return ([round(rng.uniform(0.05, 1), 3) for _ in range(rng.randint(3, 8))],)


def _lns(chances):
    return [math.log(p) for p in chances]


PROBES = [
    Probe(task=1, call="average_loss", args=(LESSON,), name="the lesson's window",
          expect=final_value("sequence_loss", {"chances": LESSON})),
    Probe(task=1, call="average_loss", args=([1 / 76] * 4,), name="pure guessing among 76",
          expect=final_value("uniform_loss", {"vocab": 76})),
    Probe(task=1, call="average_loss", args=([1, 1, 1],), name="always sure, always right"),
    Probe(task=1, call="average_loss", args=([0.9, 0.6, 0.3, 0.05],)),
    Probe(task=1, call="average_loss", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda c: sum(-math.log10(p) for p in c) / len(c),
            say="You used log base 10. The cross-entropy loss uses ln, the logarithm base e: "
                "math.log(p)."),
    Mistake(task=1, when=lambda c: sum(_lns(c)) / len(c),
            say="Your loss is below 0: you forgot the minus sign. ln of a chance below 1 is "
                "below 0, so the loss is −ln(p)."),
    Mistake(task=1, when=lambda c: -sum(_lns(c)),
            say="You added the losses but did not divide. The loss of a window is the mean: "
                "divide the total by how many positions there are."),
    Mistake(task=1, when=lambda c: -math.log(sum(c) / len(c)),
            say="You took the mean of the chances first, then −ln. Take −ln of each chance "
                "first, then the mean of those losses."),
    Mistake(task=1, when=lambda c: -sum(_lns(c)) / (len(c) - 1),
            say="You divided by one less than the number of positions. Divide by len(chances)."),
    Mistake(task=1, when=lambda c: sum(1 - p for p in c) / len(c),
            say="You used 1 − chance. The loss is −ln(chance): math.log(p), with a minus."),
]
TOLERANCE = 1e-6
