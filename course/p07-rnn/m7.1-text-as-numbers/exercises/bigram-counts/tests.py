from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

RHYME = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n"
LETTERS = "abcd "


def _count(pairs):
    counts = {}
    for a, b in pairs:
        counts.setdefault(a, {})
        counts[a][b] = counts[a].get(b, 0) + 1
    return counts


def _pairs(text):
    return [(text[i], text[i + 1]) for i in range(len(text) - 1)]


def _text(rng):
    return ("".join(rng.choice(LETTERS) for _ in range(rng.randint(8, 16))),)


# An anchor from the worked example: after t in the rhyme, h has the chance 0.6 of a row of 10.
CHANCE_H = final_value("bigram_counts", {"text": RHYME, "first": "t", "show": "h"})

PROBES = [
    Probe(task=1, call="bigram_counts", args=("banana",),
          expect={"b": {"a": 1}, "a": {"n": 2}, "n": {"a": 2}}),
    Probe(task=1, call="bigram_counts", args=("hello world",)),
    Probe(task=1, call="bigram_counts", args=(RHYME,), name="bigram_counts(the rhyme)",
          check=lambda got: None if isinstance(got, dict) and isinstance(got.get("t"), dict)
          and sum(got["t"].values()) == 10 and got["t"].get("h", 0) / 10 == CHANCE_H
          else "In the rhyme, t has 10 characters after it and 6 of them are h. "
               "Check counts['t'] by hand."),
    Probe(task=1, call="bigram_counts", args=("ab",)),
    Probe(task=1, call="bigram_counts", args=("a",)),
    Probe(task=1, call="bigram_counts", args=_text),
    Probe(task=1, call="bigram_counts", args=_text),
]

MISTAKES = [
    Mistake(task=1, when=lambda text: _count((a, a) for a, _ in _pairs(text)),
            say="Every row only counts its own character: you used text[i] twice. "
                "The second character of a pair is text[i + 1]."),
    Mistake(task=1, when=lambda text: _count(_pairs(text)[:-1]),
            say="The last pair is missing. A text of length n has n − 1 pairs: loop with "
                "range(len(text) - 1)."),
    Mistake(task=1, when=lambda text: _count((b, a) for a, b in _pairs(text)),
            say="Your pairs are backwards: you counted what comes before each character. "
                "counts[a][b] should count b coming right after a."),
    Mistake(task=1, when=lambda text: _count(_pairs(text + text[:1])),
            say="You counted one pair too many: the last character has nothing after it, "
                "so it starts no pair."),
]
