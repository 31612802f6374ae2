from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _random(rng):
    n_heads = rng.choice([1, 2, 4, 8])
    return (n_heads * rng.randint(1, 32), n_heads)


PROBES = [
    Probe(task=1, call="head_params", args=(8, 2), name="8 wide, 2 heads",
          expect=final_value("attention_params", {"width": 8, "heads": 2})),
    Probe(task=1, call="head_params", args=(8, 4), name="8 wide, 4 heads",
          expect=final_value("attention_params", {"width": 8, "heads": 4})),
    Probe(task=1, call="head_params", args=(128, 4), name="char-gpt's layer",
          expect=final_value("attention_params", {"width": 128, "heads": 4})),
    Probe(task=1, call="head_params", args=(768, 12)),
    Probe(task=1, call="head_params", args=(6, 1)),
    Probe(task=1, call="head_params", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda d, h: 4 * d * d,
            say="You counted the weights but not the biases. Each of the four matrices also "
                "has d_model biases: add 4 × d_model."),
    Mistake(task=1, when=lambda d, h: 3 * d * d + 3 * d,
            say="You left out W_o, the matrix that mixes the heads. It is d_model by d_model, "
                "with d_model biases."),
    Mistake(task=1, when=lambda d, h: h * (4 * d * d + 4 * d),
            say="You gave every head full-size matrices. The heads share the width: each head "
                "is d_model ÷ n_heads wide, so the count does not grow with the heads."),
]
