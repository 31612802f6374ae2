import math  # math.sqrt(x) is the square root of x


def dot(a, b):
    """Multiply the pairs and add them up."""
    total = 0
    for i in range(len(a)):
        total = total + a[i] * b[i]
    return total


def score_table(Q, K, scale):
    """Row i, column j: query i dotted with key j, divided by √d when scale is True."""
    d = len(K[0])  # how many numbers in a key
    table = []
    for i in range(len(Q)):  # the word that asks: its query
        row = []
        for j in range(len(K)):  # the word that is asked: its key
            s = dot(Q[i], K[j])  # how well they match
            if scale:
                s = s / math.sqrt(d)  # keep the scores calm
            row.append(s)
        table.append(row)
    return table
