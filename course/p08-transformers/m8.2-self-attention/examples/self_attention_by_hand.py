# Self-attention from scratch: scores, scaling, the causal mask, softmax, and the outputs.
import math  # for math.exp, math.sqrt and math.inf

words = ["the", "cat", "sat"]  # three words
Q = [[1, 0], [1, 1], [2, 1]]  # each word's query (from qkv_by_hand.py)
K = [[1, 1], [0, 1], [1, 2]]  # each word's key
V = [[2, 0], [0, 1], [2, 1]]  # each word's value
T = len(words)  # how many words: the table is T by T
d = len(K[0])  # how many numbers in a key


def dot(a, b):
    """Multiply the pairs and add them up."""
    total = 0  # a running total
    for i in range(len(a)):  # every position
        total = total + a[i] * b[i]  # one product at a time
    return total


def softmax(row):
    """e to the power of each score, divided by their total."""
    powers = [math.exp(s) for s in row]  # e^(−infinity) is exactly 0
    total = sum(powers)  # add the powers up
    return [p / total for p in powers]  # each power's share


def show(name, table):
    """Print a table, one row per word, 4 decimals."""
    print(name)  # the table's name
    for i in range(T):  # every row
        cells = "  ".join(f"{x:8.4f}" for x in table[i])  # the numbers, lined up
        print(f"  {words[i]:>3}: {cells}")  # the word that looks, then its row


for causal in (False, True):  # first without the mask, then with it
    print(f"--- causal mask: {causal} ---")  # which run this is
    scores = []  # step 1: the score table, T rows of T
    for i in range(T):  # the word that looks (its query)
        row = []  # this word's scores
        for j in range(T):  # the word it looks at (its key)
            s = dot(Q[i], K[j]) / math.sqrt(d)  # query · key, then divide by √d
            if causal and j > i:  # a later word? it may not be seen
                s = -math.inf  # minus infinity: its weight will be 0
            row.append(s)  # keep the score
        scores.append(row)  # keep the row
    show(f"scores ÷ √{d}:", scores)  # print the table

    weights = [softmax(row) for row in scores]  # step 2: softmax of each row
    show("weights (each row adds up to 1):", weights)  # print them

    for i in range(T):  # step 3: each word's output
        out = [0, 0]  # start at zero: one number per value number
        for j in range(T):  # every word's value
            for c in range(2):  # both numbers of the value
                out[c] = out[c] + weights[i][j] * V[j][c]  # weight × value, added on
        print(f"  output of {words[i]}: [{out[0]:.4f}, {out[1]:.4f}]")  # the mix
