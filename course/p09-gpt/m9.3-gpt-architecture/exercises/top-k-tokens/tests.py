import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LOGITS = [3.5, 1.25, -0.5, 0.75]
VOCAB = ["e", "o", "x", " "]


def _chances(logits):
    top = max(logits)
    ups = [math.exp(z - top) for z in logits]
    return [u / sum(ups) for u in ups]


def _ranked(logits, vocab, reverse=True):
    return sorted(zip(vocab, _chances(logits)), key=lambda p: p[1], reverse=reverse)


def _unsorted(logits, vocab, k):
    keep = {t for t, _ in _ranked(logits, vocab)[:k]}
    return [(t, p) for t, p in zip(vocab, _chances(logits)) if t in keep]


def _raw(logits, vocab, k):
    return sorted(zip(vocab, logits), key=lambda p: p[1], reverse=True)[:k]


def _ups(logits, vocab, k):
    return sorted(zip(vocab, [math.exp(z) for z in logits]), key=lambda p: p[1], reverse=True)[:k]


def _top_only(logits, vocab, k):
    best = _raw(logits, vocab, k)
    return [(t, p) for (t, _), p in zip(best, _chances([z for _, z in best]))]


def _random(rng):
    vocab = list("abcdefgh")[: rng.randint(4, 8)]
    logits = [round(rng.uniform(-3, 3), 2) for _ in vocab]
    return (logits, vocab, rng.randint(1, 3))


# The anchor: each chance is the lesson's logits_to_chances for that token.
_ANCHOR = [("e", final_value("logits_to_chances", {"logits": LOGITS, "tokens": VOCAB})),
           ("o", final_value("logits_to_chances", {"logits": LOGITS, "tokens": VOCAB, "show": 1}))]

PROBES = [
    Probe(task=1, call="top_k_tokens", args=(LOGITS, VOCAB, 2), name="the lesson's four tokens",
          expect=_ANCHOR),
    Probe(task=1, call="top_k_tokens", args=([0.5, 2, 1, -1, 3], list("abcde"), 3),
          name="the best three"),
    Probe(task=1, call="top_k_tokens", args=([0, 0, 0, 0], ["w", "x", "y", "z"], 1),
          name="a four-way tie"),
    Probe(task=1, call="top_k_tokens", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_unsorted,
            say="The right tokens, but not in order. Sort them by chance, biggest first."),
    Mistake(task=1, when=lambda lg, v, k: _ranked(lg, v, reverse=False)[:k],
            say="These are the least likely tokens. Sort with the biggest chance first "
                "(reverse=True)."),
    Mistake(task=1, when=_raw,
            say="These are the raw logits, not chances. Turn the logits into chances with softmax "
                "first."),
    Mistake(task=1, when=_ups,
            say="These are e to the logits, not chances: divide each one by the total of all of "
                "them, so they add up to 1."),
    Mistake(task=1, when=_top_only,
            say="You used softmax on the best k logits only, so their chances add up to 1 on "
                "their own. Use softmax on ALL the logits first, then pick the best k."),
]
TOLERANCE = 1e-6
