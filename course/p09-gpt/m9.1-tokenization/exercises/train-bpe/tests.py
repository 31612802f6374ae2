from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LOW = list("low lower lowest low".encode("utf-8"))  # the lesson's text, as bytes

# An anchor from the worked example: 3 merges take the lesson's 20 bytes down to 9 tokens.
AFTER_THREE = final_value("bpe_train", {"text": "low lower lowest low", "merges": 3})


def _count(ids):
    counts = {}
    for i in range(len(ids) - 1):
        counts[(ids[i], ids[i + 1])] = counts.get((ids[i], ids[i + 1]), 0) + 1
    return counts


def _merge(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == tuple(pair):
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def _train(ids, n, pick="first", same_id=False, apply=True):
    merges = []
    for k in range(n):
        counts = _count(ids)
        if not counts:
            break
        top = max(counts.values())
        tied = [p for p in counts if counts[p] == top]
        pair = tied[0] if pick == "first" else tied[-1]
        merges.append(pair)
        if apply:
            ids = _merge(ids, pair, 256 if same_id else 256 + k)
    return merges


def _check_low(got):
    if not isinstance(got, list) or len(got) != 3:
        return "train_bpe on the lesson's text with 3 merges should return a list of 3 pairs."
    ids = list(LOW)
    for k, pair in enumerate(got):
        if not isinstance(pair, list) or len(pair) != 2:
            return f"Merge {k + 1} should be a pair of two ids, like (108, 111)."
        ids = _merge(ids, pair, 256 + k)
    if len(ids) != AFTER_THREE:
        return (f"Your 3 merges cut the lesson's text into {len(ids)} tokens, but the right "
                f"merges give {AFTER_THREE:g}. The first should be (108, 111): l then o.")
    return None


def _ids(rng):
    return ([rng.randint(97, 100) for _ in range(rng.randint(10, 16))], 4)


PROBES = [
    Probe(task=1, call="train_bpe", args=(LOW, 3), name="train_bpe(the lesson's text, 3)",
          check=_check_low),
    Probe(task=1, call="train_bpe", args=(LOW, 3), expect=[(108, 111), (256, 119), (32, 257)]),
    Probe(task=1, call="train_bpe", args=(list(b"aaabdaaabac"), 3)),
    Probe(task=1, call="train_bpe", args=(list(b"abab"), 2)),
    Probe(task=1, call="train_bpe", args=(list(b"aaa"), 5)),
    Probe(task=1, call="train_bpe", args=(list(b"x"), 2)),
    Probe(task=1, call="train_bpe", args=_ids),
]

MISTAKES = [
    Mistake(task=1, when=lambda ids, n: _train(list(ids), n, pick="last"),
            say="When two pairs tie, take the one seen first. In the lesson's text (l, o) and "
                "(o, w) both come 4 times, and (l, o) comes first."),
    Mistake(task=1, when=lambda ids, n: _train(list(ids), n, same_id=True),
            say="Each merge needs its own new id: 256 for the first, 257 for the second, and so "
                "on (256 + k). With one id for all, different pieces get mixed up."),
    Mistake(task=1, when=lambda ids, n: _train(list(ids), n, apply=False),
            say="You never replaced the pair in ids, so every round found the same pair. "
                "Write ids = merge(ids, pair, 256 + k): merge returns a new list."),
    Mistake(task=1, when=lambda ids, n: sorted(_count(list(ids)), key=_count(list(ids)).get,
                                               reverse=True)[:n],
            say="You counted only once, at the start. Merging changes the tokens, so count the "
                "pairs again after every merge: new pairs like (256, 119) only exist then."),
]
