# Embeddings from scratch, with plain lists and the lesson's tiny table.
import math  # for the square root

vocab = ["the", "cat", "dog", "sat"]  # 4 tokens: token id = place in this list
table = [  # the embedding table: one row per token, 3 numbers in each row
    [0.1, -0.5, 0.2],  # row 0: the
    [0.9, 0.3, -0.2],  # row 1: cat
    [0.8, 0.4, -0.1],  # row 2: dog
    [-0.3, 0.7, 0.6],  # row 3: sat
]

print("1. Lookup: a token id picks its row")
for token_id in range(len(vocab)):  # every id, 0 to 3
    print("  id", token_id, vocab[token_id], "->", table[token_id])  # the row is the embedding

print("2. The long way: one-hot row times the table")
token_id = 1  # cat
one_hot = [1 if k == token_id else 0 for k in range(len(vocab))]  # all 0, a 1 at the id
print("  one-hot:", one_hot)
answer = []  # one number per column of the table
multiplications = 0  # count the work
for col in range(3):  # every column
    total = 0  # running total for this column
    for k in range(len(vocab)):  # every row
        total = total + one_hot[k] * table[k][col]  # only the row with the 1 counts
        multiplications = multiplications + 1  # one more multiplication done
    answer.append(round(total, 4))  # round away float noise for printing
print("  one-hot x table =", answer)
print("  same as the lookup:", answer == table[token_id])
print("  multiplications:", multiplications, "(the lookup needed 0)")


def length(v):
    """How long the vector is: square each number, add, take the square root."""
    return math.sqrt(sum(x * x for x in v))


def cosine_similarity(a, b):
    """The dot product divided by both lengths: from -1 to 1."""
    dot = sum(x * y for x, y in zip(a, b))  # multiply in pairs and add
    return dot / (length(a) * length(b))  # divide by both lengths


print("3. Cosine similarity: which rows point the same way?")
cat = table[1]  # the row of cat
for token_id, word in enumerate(vocab):  # compare cat with every token
    print("  cat vs", word, ":", round(cosine_similarity(cat, table[token_id]), 4))

print("4. Position embedding: add the row of the place")
positions = [  # one row per place in the text: 0, 1, 2, 3
    [0.2, 0.0, 0.0],
    [0.0, 0.2, 0.0],
    [0.0, 0.0, 0.2],
    [-0.2, 0.0, 0.0],
]
text_ids = [0, 1, 3]  # "the cat sat" as token ids
for place, token_id in enumerate(text_ids):  # place 0, 1, 2 ...
    row = table[token_id]  # what the token is
    where = positions[place]  # where it stands
    both = [round(x + y, 4) for x, y in zip(row, where)]  # add number by number
    print("  place", place, vocab[token_id], ":", row, "+", where, "=", both)
