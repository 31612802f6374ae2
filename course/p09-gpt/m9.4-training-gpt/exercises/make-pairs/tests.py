from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

WORDS = ["to be or not to be", "hello world", "the cat sat on the mat", "banana bread",
         "first citizen", "we know what we are"]


def _random(rng):
    text = rng.choice(WORDS)
    return (text, rng.randint(2, len(text) - 2))


def _shape(got):
    if isinstance(got, str):
        return ("You returned one text. make_pairs should return two: the inputs and the "
                "targets, like `return inputs, targets`.")
    if not isinstance(got, list) or len(got) != 2:
        return "make_pairs should return two things: the inputs and the targets."
    if not all(isinstance(part, str) for part in got):
        return ("Return the inputs and the targets as two texts (strings). Slicing a text, "
                "like text[0:4], gives a text.")
    return None


def _count(got):
    """As many targets as inputs: the number of pairs that fromzero.explain counts."""
    pairs = final_value("shift_pairs", {"text": "To be", "block": 4})
    if isinstance(got, list) and len(got) == 2 and len(got[1]) == pairs:
        return None
    return (f"With block 4 there are {pairs:g} targets, one for each input: "
            "o, space, b and e.")


PROBES = [
    Probe(task=1, call="make_pairs", args=("To be", 4), name="two texts of 4 characters",
          check=_shape),
    Probe(task=1, call="make_pairs", args=("To be", 4), name="the lesson's example",
          expect=("To b", "o be")),
    Probe(task=1, call="make_pairs", args=("To be", 4), name="one target per input",
          check=_count),
    Probe(task=1, call="make_pairs", args=("To be or not to be", 8)),
    Probe(task=1, call="make_pairs", args=("ab", 1), name="the smallest window"),
    Probe(task=1, call="make_pairs", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda text, block: (text[:block], text[:block]),
            say="Your targets are the same as your inputs, so the model would only copy. Each "
                "target is the character after its input: start the targets one place later."),
    Mistake(task=1, when=lambda text, block: (text[1:block + 1], text[:block]),
            say="You swapped the inputs and the targets: the model would guess the character "
                "before, not the next one. The inputs start at position 0."),
    Mistake(task=1, when=lambda text, block: (text[:block + 1], text[1:block + 2]),
            say="Your window is one character too long: the inputs should have exactly `block` "
                "characters, text[:block]."),
    Mistake(task=1, when=lambda text, block: (text[:block], text[1:block]),
            say="Your targets are one character short. They have the same length as the "
                "inputs: text[1:block + 1]."),
    Mistake(task=1, when=lambda text, block: (text[:block], text[2:block + 2]),
            say="You moved the targets two places. The next character is only one place on."),
]
