"""Worked steps for text as numbers (Part 7, m7.1).

`vocabulary` keeps one of each different character, sorts them and gives each its position as
its id. `encode` looks every character of a text up in that vocabulary. `bigram_counts` counts
which characters come right after one chosen character and turns the counts into chances.
A space is shown as ␣ and a new line as ↵, so that every character can be seen.
"""

from __future__ import annotations

from fromzero.explain.steps import Step, fmt

SHOWN = {" ": "␣", "\n": "↵", "\t": "⇥"}


def show_char(ch: str) -> str:
    """show_char(' ') -> '␣': a character as the steps print it."""
    return SHOWN.get(ch, ch)


def sorted_chars(text: str) -> list[str]:
    """sorted_chars('hello world') -> [' ', 'd', 'e', 'h', 'l', 'o', 'r', 'w']."""
    return sorted(set(text))


def _one_char(ch: str, name: str) -> str:
    if not isinstance(ch, str) or len(ch) != 1:
        raise ValueError(f"{name} must be exactly one character, not {ch!r}.")
    return ch


def _table(chars: list[str]) -> str:
    return ", ".join(f"{show_char(ch)} → {i}" for i, ch in enumerate(chars))


def vocabulary(text: str, char: str | None = None) -> list[Step]:
    """vocabulary('hello world') -> 8 characters: ␣ → 0, d → 1, e → 2, h → 3, l → 4, ..."""
    if not text:
        raise ValueError("The text is empty, so it has no characters to put in a vocabulary.")
    firsts = list(dict.fromkeys(text))  # each different character, in the order it first comes
    chars = sorted_chars(text)
    size = len(chars)
    sort_text = ("Sort them in the computer's order. A space comes first."
                 if " " in chars else "Sort them in the computer's order.")
    steps = [
        Step(f"The text has {len(text)} characters. Keep one of each different character.",
             ", ".join(show_char(ch) for ch in firsts), size),
        Step(sort_text, ", ".join(show_char(ch) for ch in chars), size),
        Step("Give each character its position in the sorted list. That position is its id.",
             _table(chars), size),
    ]
    if char is None:
        steps.append(Step("Count them. That is the size of the vocabulary.",
                          f"vocabulary size = {size}", size))
    else:
        _one_char(char, "char")
        if char not in chars:
            raise ValueError(f"The character {show_char(char)} is not in the text, "
                             "so it has no id.")
        ident = chars.index(char)
        steps.append(Step(f"Look up {show_char(char)} to find its id.",
                          f"{show_char(char)} → {ident}", ident))
    return steps


def encode(text: str, source: str | None = None, position: int | None = None) -> list[Step]:
    """encode('hello world') -> [3, 2, 4, 4, 5, 0, 7, 5, 6, 4, 1]; the final value is the last id.

    `source` is the text the vocabulary comes from (the text itself when left out); `position`
    picks which id is the final value.
    """
    if not text:
        raise ValueError("The text is empty, so there is nothing to encode.")
    base = text if source is None else source
    chars = sorted_chars(base)
    ids = {ch: i for i, ch in enumerate(chars)}
    missing = [ch for ch in dict.fromkeys(text) if ch not in ids]
    if missing:
        raise ValueError(f"The character {show_char(missing[0])} is not in the vocabulary, "
                         "so it has no id.")
    if position is None:
        position = len(text) - 1
    if int(position) != position or not 0 <= position < len(text):
        raise ValueError(f"The text has positions 0 to {len(text) - 1}; got {position}.")
    position = int(position)
    where = "the text itself" if source is None else "the training text"
    steps = [Step(f"Build the vocabulary from {where}: each different character, sorted, "
                  "with its position as its id.", _table(chars), len(chars))]
    for i, ch in enumerate(text):
        steps.append(Step(f"Position {i}: look up {show_char(ch)}.",
                          f"{show_char(ch)} → {ids[ch]}", ids[ch]))
    out = [ids[ch] for ch in text]
    steps.append(Step(f"Put the ids in a list, in the order of the text. "
                      f"The id at position {position} is {out[position]}.",
                      "[" + ", ".join(str(i) for i in out) + "]", out[position]))
    return steps


def followers(text: str, first: str) -> list[str]:
    """followers('hello world', 'l') -> ['l', 'o', 'd']: what comes right after each 'l'."""
    return [text[i + 1] for i in range(len(text) - 1) if text[i] == first]


def bigram_counts(text: str, first: str, show: str | None = None) -> list[Step]:
    """bigram_counts('hello world', 'l') -> d: 1, l: 1, o: 1 of 3, each chance 1 ÷ 3 = 0.3333.

    The final value is the biggest chance (ties go to the earlier character in sorted order),
    or the chance of `show` when it is given.
    """
    _one_char(first, "first")
    after = followers(text, first)
    f = show_char(first)
    if not after:
        raise ValueError(f"In this text, {f} is never followed by another character, "
                         "so there is nothing to count.")
    counts = {ch: after.count(ch) for ch in sorted(set(after))}
    total = len(after)
    steps = [Step(f"Find each {f} that has a character after it. Write down that next character.",
                  ", ".join(f"{f} → {show_char(ch)}" for ch in after), total)]
    for ch, c in counts.items():
        steps.append(Step(f"Count how often {show_char(ch)} comes right after {f}.",
                          f"{f} → {show_char(ch)}: {c}", c))
    if len(counts) == 1:
        sum_expr = f"row total = {total}"
    else:
        sum_expr = " + ".join(str(c) for c in counts.values()) + f" = {total}"
    steps.append(Step("Add up the counts. That is the row total.", sum_expr, total))
    for ch, c in counts.items():
        steps.append(Step(f"The chance of {show_char(ch)} next: divide its count by the total.",
                          f"{c} ÷ {total} = {fmt(c / total)}", c / total))
    if show is None:
        best = max(counts, key=lambda ch: counts[ch])  # max keeps the first of a tie
        chance = counts[best] / total
        tied = sum(1 for c in counts.values() if c == counts[best]) > 1
        text_best = ("Pick the biggest chance. Some tie, so take the one that comes first "
                     "in sorted order." if tied else "Pick the biggest chance.")
        steps.append(Step(f"{text_best} The most likely character after {f} is "
                          f"{show_char(best)}.", f"{f} → {show_char(best)}: {fmt(chance)}",
                          chance))
    else:
        _one_char(show, "show")
        c = counts.get(show, 0)
        if c == 0:
            steps.append(Step(f"{show_char(show)} never comes right after {f} here, "
                              "so its chance is 0.", f"0 ÷ {total} = 0", 0))
        else:
            steps.append(Step(f"The chance of {show_char(show)} after {f}.",
                              f"{c} ÷ {total} = {fmt(c / total)}", c / total))
    return steps
