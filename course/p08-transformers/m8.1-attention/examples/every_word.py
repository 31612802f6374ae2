# Every word looks at every word at once: a grid of attention weights.
# The vectors are hand-made: number 0 says "a colour", number 1 "a fruit", number 2 "a joining word".
import math  # for math.exp, e to a power

words = ["red", "apples", "and", "green", "pears"]  # the sentence
vectors = [  # one hand-made vector per word, in the same order
    [2, 0, 0],  # red: a colour
    [0.3, 2, 0],  # apples: a fruit (with a little red in it)
    [0, 0, 1],  # and: a joining word
    [2, 0.2, 0],  # green: a colour
    [0.2, 2, 0],  # pears: a fruit
]


def dot(a, b):
    """The dot product: multiply position by position, then add up."""
    total = 0  # a running total
    for x, y in zip(a, b):  # the numbers at the same position
        total = total + x * y  # add their product
    return total


def softmax(scores):
    """Scores to weights: e to the power of each, divided by the total."""
    powers = [math.exp(s) for s in scores]  # e to the power of each score
    total = sum(powers)  # add them up
    return [p / total for p in powers]  # each power's share


print("from \\ at " + "".join(f"{w:>8}" for w in words))  # the column names
for i in range(len(words)):  # one row per word we look from
    scores = [dot(vectors[i], v) for v in vectors]  # step 1: a score for every word
    weights = softmax(scores)  # step 2: the weights of this row
    cells = "".join(f"{w:8.2f}" for w in weights)  # the row, two decimals per cell
    print(f"{words[i]:>9} {cells}   adds up to {sum(weights):.2f}")  # each row adds up to 1

# Look from "red": which other word gets the most attention?
row = softmax([dot(vectors[0], v) for v in vectors])  # the weights of the row for "red"
others = [j for j in range(len(words)) if j != 0]  # every position except red's own
best = max(others, key=lambda j: row[j])  # the position with the biggest weight
print(f"red looks most at: {words[best]} ({row[best]:.2f})")
