"""Worked steps for tokens and byte-pair encoding (Part 9, m9.1).

`utf8_bytes` shows how many bytes each character of a text takes. `pair_counts` counts the
pairs of neighbouring tokens and picks the most common one. `bpe_train` learns merges from a
text, one step per merge; `bpe_encode` cuts a new text with a list of merges, in order.

Tokens start as the bytes of the text (ids 0 to 255); merge k gives the new id 256 + k, as
fromzero.scratch.tokenizers.bpe does. A space shows as ␣ and a new line as ↵. A byte that is
only part of a character shows as its number in angle brackets, like ⟨195⟩.
Ties between equally common pairs go to the pair seen first.
"""

from __future__ import annotations

from fromzero.explain.steps import Step
from fromzero.explain.text import show_char

FIRST_NEW_ID = 256  # ids 0 to 255 are the bytes themselves


def show_piece(piece: bytes) -> str:
    """show_piece(b'lo w') -> 'lo␣w'; show_piece(b'\\xc3') -> '⟨195⟩' (half a character)."""
    try:
        return "".join(show_char(ch) for ch in piece.decode("utf-8"))
    except UnicodeDecodeError:
        return "".join(f"⟨{b}⟩" for b in piece)


def _n_tokens(n: int) -> str:
    return "1 token" if n == 1 else f"{n} tokens"


def _tokens_text(pieces: list[bytes]) -> str:
    return " ".join(show_piece(p) for p in pieces)


def utf8_bytes(text: str) -> list[Step]:
    """utf8_bytes('hé') -> h → 104 (1 byte), é → 195 169 (2 bytes); final value 3 bytes."""
    if not text:
        raise ValueError("The text is empty, so it has no bytes.")
    steps = []
    sizes = []
    for ch in text:
        data = ch.encode("utf-8")
        sizes.append(len(data))
        word = "byte" if len(data) == 1 else "bytes"
        steps.append(Step(f"{show_char(ch)} is stored as {len(data)} {word}.",
                          f"{show_char(ch)} → " + " ".join(str(b) for b in data), len(data)))
    total = sum(sizes)
    expr = f"total = {total}" if len(sizes) == 1 else " + ".join(map(str, sizes)) + f" = {total}"
    steps.append(Step(f"Add them up: {len(text)} characters take {total} bytes.", expr, total))
    return steps


def _pieces(tokens: str | list) -> list[str]:
    """A text is cut into characters; a list keeps its items (numbers are written out)."""
    if isinstance(tokens, str):
        return list(tokens)
    return [str(t) for t in tokens]


def _show(piece: str) -> str:
    return "".join(show_char(ch) for ch in piece)


def _count(pieces: list) -> dict:
    counts: dict = {}
    for i in range(len(pieces) - 1):
        pair = (pieces[i], pieces[i + 1])
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def _pair_text(pair: tuple) -> str:
    return f"({_show(pair[0])}, {_show(pair[1])})"


def pair_counts(tokens: str | list, pair: list | None = None) -> list[Step]:
    """pair_counts([1, 2, 3, 1, 2]) -> (1, 2): 2, (2, 3): 1, (3, 1): 1; the most common is (1, 2).

    The final value is the count of the most common pair (the first seen wins a tie), or the
    count of `pair` when it is given.
    """
    pieces = _pieces(tokens)
    if len(pieces) < 2:
        raise ValueError("One token has no neighbour, so there are no pairs to count.")
    counts = _count(pieces)
    n_pairs = len(pieces) - 1
    steps = [
        Step(f"Write down each pair of neighbours. {len(pieces)} tokens make {n_pairs} pairs.",
             ", ".join(_pair_text((pieces[i], pieces[i + 1])) for i in range(n_pairs)), n_pairs),
        Step("Count each different pair, in the order they first come.",
             ", ".join(f"{_pair_text(p)}: {c}" for p, c in counts.items()), len(counts)),
    ]
    if pair is None:
        best = max(counts, key=lambda p: counts[p])  # max keeps the first of a tie
        tied = sum(1 for c in counts.values() if c == counts[best]) > 1
        why = ("Pick the biggest count. Some pairs tie, so take the one seen first."
               if tied else "Pick the biggest count.")
        steps.append(Step(f"{why} The most common pair is {_pair_text(best)}.",
                          f"{_pair_text(best)}: {counts[best]}", counts[best]))
    else:
        if len(pair) != 2:
            raise ValueError(f"A pair is two tokens, not {len(pair)}.")
        want = tuple(_pieces(list(pair)))
        c = counts.get(want, 0)
        steps.append(Step(f"Look up {_pair_text(want)}.", f"{_pair_text(want)}: {c}", c))
    return steps


def _merge(ids: list[int], pair: tuple[int, int], new_id: int) -> tuple[list[int], int]:
    """Replace each (a, b) from left to right; returns the new ids and how many were merged."""
    out = []
    found = 0
    i = 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new_id)
            found += 1
            i += 2  # both tokens are used up
        else:
            out.append(ids[i])
            i += 1
    return out, found


def bpe_train(text: str, merges: int) -> list[Step]:
    """bpe_train('low lower lowest low', 3) -> merges lo (256), low (257), ␣low (258); 9 tokens."""
    if not text:
        raise ValueError("The text is empty, so there is nothing to learn from.")
    if int(merges) != merges or merges < 0:
        raise ValueError(f"The number of merges must be a whole number from 0 up, not {merges}.")
    ids = list(text.encode("utf-8"))
    vocab = {i: bytes([i]) for i in range(256)}
    start = len(ids)
    steps = [Step(f"Turn the text into bytes. Each byte is one token with its own id, "
                  f"0 to 255. That makes {_n_tokens(start)}.",
                  _tokens_text([vocab[i] for i in ids]), start)]
    for k in range(int(merges)):
        counts = _count(ids)
        if not counts:
            steps.append(Step("Only one token is left, so there is no pair to merge.",
                              _n_tokens(len(ids)), len(ids)))
            break
        pair = max(counts, key=lambda p: counts[p])  # the first seen wins a tie
        new_id = FIRST_NEW_ID + k
        vocab[new_id] = vocab[pair[0]] + vocab[pair[1]]
        tied = sum(1 for c in counts.values() if c == counts[pair]) > 1
        left, right = show_piece(vocab[pair[0]]), show_piece(vocab[pair[1]])
        times = "1 time" if counts[pair] == 1 else f"{counts[pair]} times"
        tie = " Other pairs tie with it; the one seen first wins." if tied else ""
        ids, _ = _merge(ids, pair, new_id)
        now = _n_tokens(len(ids))
        steps.append(Step(f"Merge {k + 1}: the most common pair is ({left}, {right}), "
                          f"{times}.{tie} It becomes the new token {show_piece(vocab[new_id])} "
                          f"with the id {new_id}. Replace it everywhere: {now} now.",
                          _tokens_text([vocab[i] for i in ids]), len(ids)))
    steps.append(Step(f"Count the tokens: {start} at the start, {len(ids)} now.",
                      f"{start} → {len(ids)}", len(ids)))
    return steps


def bpe_encode(text: str, merges: list) -> list[Step]:
    """bpe_encode('slower', [['l', 'o'], ['lo', 'w']]) -> s low e r: ids [115, 257, 101, 114].

    `merges` lists the learned pairs in the order they were learned; merge k has the id 256 + k.
    The final value is the number of tokens.
    """
    if not text:
        raise ValueError("The text is empty, so there is nothing to encode.")
    ids = list(text.encode("utf-8"))
    vocab = {i: bytes([i]) for i in range(256)}
    ids_of = {bytes([i]): i for i in range(256)}
    start = len(ids)
    steps = [Step(f"Start with the bytes of the text: {_n_tokens(start)}.",
                  _tokens_text([vocab[i] for i in ids]), start)]
    for k, pair in enumerate(merges):
        if len(pair) != 2:
            raise ValueError(f"Merge {k + 1} must be a pair of two tokens, not {pair!r}.")
        left, right = (str(p).encode("utf-8") for p in pair)
        if left not in ids_of or right not in ids_of:
            raise ValueError(f"Merge {k + 1} uses a token that no earlier merge made.")
        new_id = FIRST_NEW_ID + k
        piece = left + right
        vocab[new_id] = piece
        ids_of.setdefault(piece, new_id)
        ids, found = _merge(ids, (ids_of[left], ids_of[right]), new_id)
        names = f"({show_piece(left)}, {show_piece(right)}) → {show_piece(piece)}"
        if found == 0:
            text_k = f"Merge {k + 1}, {names}: this pair is not in the text. Nothing changes."
        else:
            times = "1 time" if found == 1 else f"{found} times"
            text_k = f"Merge {k + 1}, {names} with the id {new_id}: found {times}."
        steps.append(Step(text_k, _tokens_text([vocab[i] for i in ids]), len(ids)))
    steps.append(Step(f"The ids of the tokens. {start} bytes became {_n_tokens(len(ids))}.",
                      "[" + ", ".join(str(i) for i in ids) + "]", len(ids)))
    return steps
