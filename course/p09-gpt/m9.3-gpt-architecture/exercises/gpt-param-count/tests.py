from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(V, C, n_layer, T):
    return final_value("gpt_params", {"V": V, "C": C, "n_layer": n_layer, "T": T, "tied": False})


def _block(C):
    return 12 * C * C + 13 * C


def _random(rng):
    return (rng.randint(10, 300), rng.choice([8, 16, 32, 64]), rng.randint(2, 8),
            rng.randint(8, 256))


PROBES = [
    Probe(task=1, call="gpt_param_count", args=(76, 128, 4, 128), name="char-gpt's sizes",
          expect=_anchor(76, 128, 4, 128)),
    Probe(task=1, call="gpt_param_count", args=(5, 4, 1, 3), name="a tiny GPT",
          expect=_anchor(5, 4, 1, 3)),
    Probe(task=1, call="gpt_param_count", args=(50257, 768, 12, 1024), name="GPT-2's sizes"),
    Probe(task=1, call="gpt_param_count", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda V, C, L, T: V * C + L * _block(C) + 2 * C + C * V,
            say="The position table is missing: T rows of C numbers, one row for each place."),
    Mistake(task=1, when=lambda V, C, L, T: V * C + T * C + L * _block(C) + 2 * C,
            say="The head is missing. Here it has its own weights: one row of C for each of the "
                "V tokens, so C × V numbers."),
    Mistake(task=1, when=lambda V, C, L, T: V * C + T * C + _block(C) + 2 * C + C * V,
            say="You counted only one block. Each of the n_layer blocks has its own numbers, so "
                "multiply one block by n_layer."),
    Mistake(task=1, when=lambda V, C, L, T: V * C + T * C + L * _block(C) + C * V,
            say="The final layer norm is missing: 2 × C numbers (a γ and a β for each number)."),
]
