from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LETTERS = "abcdefghij ."


def _anchor(text):
    """The ids the worked example in fromzero.explain gives each character."""
    return {ch: final_value("vocabulary", {"text": text, "char": ch}) for ch in set(text)}


def _text(rng):
    return ("".join(rng.choice(LETTERS) for _ in range(rng.randint(6, 15))),)


def _first_seen(text):
    chars = []
    for ch in text:
        if ch not in chars:
            chars.append(ch)
    return chars


PROBES = [
    # Anchor: the lesson's text; the space gets 0, d gets 1, ..., w gets 7.
    Probe(task=1, call="build_vocab", args=("hello world",), expect=_anchor("hello world")),
    Probe(task=1, call="build_vocab", args=("banana",), expect=_anchor("banana")),
    Probe(task=1, call="build_vocab", args=("cab",), expect={"a": 0, "b": 1, "c": 2}),
    Probe(task=1, call="build_vocab", args=("zzz",)),
    Probe(task=1, call="build_vocab", args=_text),
    Probe(task=1, call="build_vocab", args=_text),
]

MISTAKES = [
    Mistake(task=1, when=lambda text: {ch: i for i, ch in enumerate(_first_seen(text))},
            say="Your ids follow the order in which the characters first appear. "
                "Sort the different characters first, then number them."),
    Mistake(task=1, when=lambda text: {ch: i for i, ch in enumerate(sorted(text))},
            say="Some ids are too big: a repeated character took up more than one position. "
                "Keep one of each character with set(text) before you number them."),
    Mistake(task=1, when=lambda text: {ch: i + 1 for i, ch in enumerate(sorted(set(text)))},
            say="Every id is 1 too big. Positions in Python start at 0, so the first character "
                "gets the id 0."),
    Mistake(task=1, when=lambda text: sorted(set(text)),
            say="That is the sorted list of characters. Now turn it into a dictionary: each "
                "character as a key, its position as the value."),
]
