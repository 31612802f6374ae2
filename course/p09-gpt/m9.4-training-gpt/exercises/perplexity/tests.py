import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _random(rng):
    return (round(rng.uniform(0.1, 5), 3),)


PROBES = [
    Probe(task=1, call="perplexity", args=(1.6106,), name="the shipped char-gpt's loss",
          expect=final_value("perplexity", {"loss": 1.6106})),
    Probe(task=1, call="perplexity", args=(0,), name="a perfect guesser",
          expect=final_value("perplexity", {"loss": 0})),
    Probe(task=1, call="perplexity", args=(math.log(76),), name="pure guessing among 76"),
    Probe(task=1, call="perplexity", args=(2.4628,)),
    Probe(task=1, call="perplexity", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda loss: 10 ** loss,
            say="You used 10 to the power of the loss. The loss uses ln, the logarithm base e, "
                "so perplexity is e to the power: math.exp(loss)."),
    Mistake(task=1, when=lambda loss: 2 ** loss,
            say="You used 2 to the power of the loss. The loss uses ln, so the base is e: "
                "math.exp(loss)."),
    Mistake(task=1, when=lambda loss: loss ** 2,
            say="You squared the loss. Perplexity is e to the power of the loss: "
                "math.exp(loss)."),
    Mistake(task=1, when=lambda loss: math.log(loss),
            say="You took ln of the loss. Perplexity goes the other way: e to the power of the "
                "loss, math.exp(loss)."),
    Mistake(task=1, when=lambda loss: math.exp(-loss),
            say="You used e to the power of minus the loss. That is the chance, not the "
                "perplexity. Drop the minus: math.exp(loss)."),
]
TOLERANCE = 1e-6
