from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LOW = list("low lower lowest low".encode("utf-8"))  # the lesson's text, as bytes

# An anchor from the worked example: merging (l, o) = (108, 111) into 256 leaves 16 tokens.
AFTER_ONE = final_value("bpe_train", {"text": "low lower lowest low", "merges": 1})


def _check_low(got):
    if not isinstance(got, list):
        return "merge should return a list of tokens."
    if len(got) != AFTER_ONE or got.count(256) != 4:
        return (f"Merging (108, 111), that is l then o, in the lesson's text should give "
                f"{AFTER_ONE:g} tokens with four 256s. You gave {len(got)} tokens.")
    return None


def _first_only(tokens, pair, new_id):
    for i in range(len(tokens) - 1):
        if (tokens[i], tokens[i + 1]) == tuple(pair):
            return tokens[:i] + [new_id] + tokens[i + 2:]
    return list(tokens)


def _no_skip(tokens, pair, new_id):
    out = []
    for i in range(len(tokens)):
        if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == tuple(pair):
            out.append(new_id)
        elif not (i > 0 and (tokens[i - 1], tokens[i]) == tuple(pair)):
            out.append(tokens[i])
    return out


def _keeps_both(tokens, pair, new_id):
    out = []
    for i in range(len(tokens)):
        if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == tuple(pair):
            out.append(new_id)
        else:
            out.append(tokens[i])
    return out


def _from_right(tokens, pair, new_id):
    out = []
    i = len(tokens) - 1
    while i >= 0:
        if i > 0 and (tokens[i - 1], tokens[i]) == tuple(pair):
            out.insert(0, new_id)
            i -= 2
        else:
            out.insert(0, tokens[i])
            i -= 1
    return out


def _ids(rng):
    return ([rng.randint(1, 3) for _ in range(rng.randint(6, 12))], (1, 2), 7)


PROBES = [
    Probe(task=1, call="merge", args=([1, 2, 3, 1, 2], (1, 2), 9), expect=[9, 3, 9]),
    Probe(task=1, call="merge", args=(LOW, (108, 111), 256), name="merge(the lesson's text)",
          check=_check_low),
    Probe(task=1, call="merge", args=([5, 5, 5], (5, 5), 9)),
    Probe(task=1, call="merge", args=([5, 5, 5, 5], (5, 5), 9)),
    Probe(task=1, call="merge", args=([1, 2, 2, 1], (2, 1), 8)),
    Probe(task=1, call="merge", args=([4, 4], (1, 2), 9)),
    Probe(task=1, call="merge", args=([], (1, 2), 9)),
    Probe(task=1, call="merge", args=_ids),
]

MISTAKES = [
    Mistake(task=1, when=_first_only,
            say="Only the first place was merged. Keep going to the end of the list: every "
                "place the pair comes must become the new token."),
    Mistake(task=1, when=_no_skip,
            say="After a merge you moved on by one, so a token that was already used up was "
                "looked at again. In [5, 5, 5] the middle 5 belongs to the first merge only: "
                "merge([5, 5, 5], (5, 5), 9) is [9, 5]. Move on by 2 after a merge."),
    Mistake(task=1, when=_keeps_both,
            say="After a merge the second token of the pair is still in your list. Both tokens "
                "are used up: move on by 2 after a merge."),
    Mistake(task=1, when=_from_right,
            say="You merged from the right. Go from left to right: in [5, 5, 5] the first two "
                "5s become the new token and the last one stays, [9, 5]."),
]
