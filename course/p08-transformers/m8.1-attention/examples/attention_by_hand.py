# Attention from scratch: the word "sat" looks at every word of "cat sat mat".
# Three steps: scores (dot products), weights (softmax), output (weighted average).
import math  # for math.exp, e to a power

# The embeddings: one short vector per word. Made up by hand here; a real network learns them.
embedding = {
    "cat": [0.5, 0.8, 0.2],
    "sat": [0.3, 0.4, 0.9],
    "mat": [0.7, 0.2, 0.5],
}
words = ["cat", "sat", "mat"]  # the sentence, one word per position
looking_from = "sat"  # the word we are working on
query = embedding[looking_from]  # its vector: the one every word is compared with

# Step 1: one attention score per word, the dot product with the query.
scores = []  # will hold one score per word
for word in words:  # every word, the query word too
    vector = embedding[word]  # that word's vector
    score = 0  # a running total for the dot product
    parts = []  # the products, kept only to print them
    for i in range(len(query)):  # every position of the two vectors
        product = query[i] * vector[i]  # multiply the numbers at this position
        score = score + product  # and add the product to the total
        parts.append(f"{query[i]} × {vector[i]}")  # remember the sum as text
    scores.append(score)  # keep the finished score
    print(f"score {looking_from}·{word}: {' + '.join(parts)} = {score:.4f}")

# Step 2: softmax turns the scores into attention weights that add up to 1.
powers = [math.exp(s) for s in scores]  # e to the power of each score
total = sum(powers)  # add the powers up
print(f"total of the powers = {total:.4f}")
weights = []  # will hold one weight per word
for word, power in zip(words, powers):  # each word with its power
    weight = power / total  # its share of the total
    weights.append(weight)  # keep it
    print(f"weight of {word}: {power:.4f} / {total:.4f} = {weight:.4f}")
print(f"the weights add up to {sum(weights):.4f}")  # always 1

# Step 3: the output is the weighted average of the vectors, one number at a time.
output = []  # will hold the output vector
for i in range(len(query)):  # number 0, 1 and 2 of the vectors
    value = 0  # a running total for this number
    for word, weight in zip(words, weights):  # every word with its weight
        value = value + weight * embedding[word][i]  # weight times that word's number i
    output.append(value)  # keep the finished number
    print(f"output[{i}] = {value:.4f}")  # number i of the output
print("output vector:", [round(v, 4) for v in output])

# Which word got the most attention?
best = 0  # start with position 0 as the best so far
for i in range(len(weights)):  # look at every position
    if weights[i] > weights[best]:  # a bigger weight than the best so far?
        best = i  # remember it
print(f"{looking_from} pays the most attention to: {words[best]}")
