# Byte-pair encoding from scratch: learn 3 merges, then encode and decode a new word.
text = "low lower lowest low"  # the tiny training text
ids = list(text.encode("utf-8"))  # start: one token per byte
vocab = {}  # id -> the bytes it stands for
for i in range(256):  # the 256 single bytes come first
    vocab[i] = bytes([i])  # id i is the byte i
print("start:", len(ids), "tokens")  # 20 bytes, so 20 tokens


def count_pairs(tokens):
    """How often each pair of neighbours comes: [1, 2, 1, 2] -> {(1, 2): 2, (2, 1): 1}."""
    counts = {}  # pair -> count
    for i in range(len(tokens) - 1):  # n tokens have n - 1 pairs
        pair = (tokens[i], tokens[i + 1])  # a token and the one right after it
        counts[pair] = counts.get(pair, 0) + 1  # one more of this pair
    return counts


def merge(tokens, pair, new_id):
    """Swap every (a, b) for new_id, from left to right."""
    out = []  # the new list of tokens
    i = 0  # where we are in the old list
    while i < len(tokens):  # walk along the old list
        if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) == pair:  # found the pair?
            out.append(new_id)  # one new token for both
            i += 2  # skip both tokens: they are used up
        else:
            out.append(tokens[i])  # keep this token as it is
            i += 1  # move on by one
    return out


def show(tokens):
    """The tokens as text pieces, split by |, so we can see them."""
    return "|".join(vocab[t].decode("utf-8") for t in tokens)


merges = []  # the pairs we learn, in order
for k in range(3):  # learn 3 merges
    counts = count_pairs(ids)  # count every pair of neighbours
    best = max(counts, key=counts.get)  # the most common pair (a tie goes to the first seen)
    new_id = 256 + k  # the next free id
    ids = merge(ids, best, new_id)  # replace the pair everywhere
    vocab[new_id] = vocab[best[0]] + vocab[best[1]]  # the new token's bytes
    merges.append((best, new_id))  # remember the merge, in order
    print(f"merge {k + 1}: {best} seen {counts[best]} times -> {new_id} = {vocab[new_id]!r}")
    print("   tokens:", show(ids), f"({len(ids)} tokens)")  # the text, cut into tokens

word = "slower"  # a word the training text never had
new = list(word.encode("utf-8"))  # encode: start with its bytes
for pair, new_id in merges:  # apply the merges in the order we learned them
    new = merge(new, pair, new_id)  # each merge may glue two pieces together
print("encode 'slower':", new, "=", show(new))  # 6 bytes, 4 tokens

pieces = b"".join(vocab[t] for t in new)  # decode: look up each id's bytes, then join them
print("decode:", pieces.decode("utf-8"))  # back to the word we started with
