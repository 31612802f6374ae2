from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

HELLO = {" ": 0, "d": 1, "e": 2, "h": 3, "l": 4, "o": 5, "r": 6, "w": 7}
LETTERS = "abcdefgh ,"


def _vocab(text):
    return {ch: i for i, ch in enumerate(sorted(set(text)))}


def _anchor(text):
    """The ids the worked example in fromzero.explain gives, position by position."""
    return [final_value("encode", {"text": text, "position": p}) for p in range(len(text))]


def _encode_args(rng):
    text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 12)))
    return (text, _vocab(text))


def _decode_args(rng):
    text = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 12)))
    vocab = _vocab(text)
    return ([vocab[ch] for ch in text], vocab)


def _chars(vocab):
    return {i: ch for ch, i in vocab.items()}


PROBES = [
    # Anchors: the lesson's text, and the ids 7, 5, 6, 1, which spell "word".
    Probe(task=1, call="encode", args=("hello world", HELLO), expect=_anchor("hello world")),
    Probe(task=1, call="encode", args=("hold", HELLO)),
    Probe(task=1, call="encode", args=("", HELLO)),
    Probe(task=1, call="encode", args=_encode_args),
    Probe(task=2, call="decode", args=([7, 5, 6, 1], HELLO), expect="word"),
    Probe(task=2, call="decode", args=(_anchor("hello world"), HELLO), expect="hello world"),
    Probe(task=2, call="decode", args=([], HELLO)),
    Probe(task=2, call="decode", args=_decode_args),
]

MISTAKES = [
    Mistake(task=1, when=lambda text, vocab: [vocab[ch] + 1 for ch in text],
            say="Every id is 1 too big. Use the id from the dictionary as it is: vocab[ch]."),
    Mistake(task=1, when=lambda text, vocab: [vocab[ch] for ch in sorted(set(text))],
            say="You gave one id per different character. Encode gives one id for every "
                "character of the text, repeats included, in the order of the text."),
    Mistake(task=1, when=lambda text, vocab: list(text),
            say="Those are the characters themselves. Look each one up in vocab to get its id."),
    Mistake(task=2, when=lambda ids, vocab: [_chars(vocab)[i] for i in ids],
            say="You returned a list of characters. Join them into one text: "
                "\"\".join(...), or add them to a string one by one."),
    Mistake(task=2, when=lambda ids, vocab: "".join(_chars(vocab).get(i - 1, "?") for i in ids),
            say="Each character is one step off: you looked up the id minus 1. Use the id "
                "as it is."),
    Mistake(task=2, when=lambda ids, vocab: "".join(_chars(vocab).get(i + 1, "?") for i in ids),
            say="Each character is one step off: you looked up the id plus 1. Use the id "
                "as it is."),
    Mistake(task=2, when=lambda ids, vocab: "".join(str(vocab.get(i, "")) for i in ids),
            say="You looked the ids up in vocab, but vocab goes from characters to ids. "
                "Turn it round first: a dictionary from each id to its character."),
]
