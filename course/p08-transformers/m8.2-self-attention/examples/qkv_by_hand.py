# Queries, keys and values from scratch: each word's embedding times three matrices.

words = ["the", "cat", "sat"]  # three words (their numbers are made up for this lesson)
embeddings = [[1, 0], [0, 1], [1, 1]]  # one embedding (2 numbers) per word

W_q = [[1, 1], [0, 1]]  # the matrix that makes queries: 2 rows of 2 numbers
W_k = [[1, 0], [1, 1]]  # the matrix that makes keys
W_v = [[2, 0], [0, 1]]  # the matrix that makes values


def mat_vec(m, v):
    """A matrix times a vector: each row of m dotted with v (Part 1, m1.6)."""
    out = []  # one answer per row
    for row in m:  # every row of the matrix
        total = 0  # a running total for this row's dot product
        for i in range(len(v)):  # every position in the vector
            total = total + row[i] * v[i]  # multiply the pair and add it on
        out.append(total)  # this row's answer
    return out  # a list with one number per row


for w in range(len(words)):  # every word, by its position
    x = embeddings[w]  # this word's embedding
    q = mat_vec(W_q, x)  # what this word is looking for
    k = mat_vec(W_k, x)  # how this word can be found
    v = mat_vec(W_v, x)  # what this word gives to the words that find it
    print(f"{words[w]}: embedding {x} -> q {q}, k {k}, v {v}")  # show all three

print("the same embedding, three different jobs, three different lists of numbers")  # the point
