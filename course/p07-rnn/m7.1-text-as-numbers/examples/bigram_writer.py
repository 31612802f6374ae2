# A bigram table from scratch: count which character follows which, then write new text.
import random  # for picking by chance

text = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n"

counts = {}  # counts[a][b] = how often b comes right after a
for i in range(len(text) - 1):  # every pair; the last character has nothing after it
    a = text[i]  # this character
    b = text[i + 1]  # the one right after it
    if a not in counts:  # first time we see a?
        counts[a] = {}  # give it an empty row
    counts[a][b] = counts[a].get(b, 0) + 1  # one more b after a

row = counts["t"]  # the row of t: what came after t
print("after 't':", dict(sorted(row.items())))  # the counts, in sorted order
total = sum(row.values())  # the row total
print("row total:", total)
for b in sorted(row):  # each next character, in sorted order
    print(f"  chance of {b!r}: {row[b]} / {total} = {row[b] / total}")  # count / total


def most_likely(a):
    """The most likely character after a (a tie goes to the first in sorted order)."""
    best = None  # the best next character so far
    for b in sorted(counts[a]):  # look at every next character, in sorted order
        if best is None or counts[a][b] > counts[a][best]:  # a bigger count?
            best = b  # keep it
    return best


out = "t"  # greedy writing: start with t
for step in range(30):  # add 30 characters
    out = out + most_likely(out[-1])  # always the most likely next one
print("greedy:", repr(out))  # it goes round and round

random.seed(1)  # the seed: the same seed gives the same picks every run
for attempt in range(3):  # three tries at writing by chance
    out = "t"  # start with t again
    for step in range(30):  # add 30 characters
        row = counts[out[-1]]  # the row of the last character
        nexts = sorted(row)  # the characters that came next, in order
        weights = [row[b] for b in nexts]  # their counts
        out = out + random.choices(nexts, weights)[0]  # pick one, more often if counted more
    print(f"by chance {attempt + 1}:", repr(out))  # different every try
