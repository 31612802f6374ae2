# A transformer block's pieces from scratch, with plain lists and the lesson's numbers.
import math  # for the square root and e


def residual(x, fx):
    """Add the input back to what a layer made: one sum per number."""
    return [a + b for a, b in zip(x, fx)]  # pair up the numbers and add each pair


def layer_norm(values, gamma=1.0, beta=0.0, eps=1e-5):
    """Subtract the mean, divide by the standard deviation, then scale and shift."""
    n = len(values)  # how many numbers this token has
    mean = sum(values) / n  # the average
    variance = sum((v - mean) ** 2 for v in values) / n  # the mean of the squared gaps
    std = math.sqrt(variance + eps)  # eps keeps us from dividing by 0
    print("  mean:", round(mean, 4), " variance:", round(variance, 4), " std:", round(std, 4))
    return [gamma * (v - mean) / std + beta for v in values]  # one new number per old one


def relu(z):
    """Keep numbers above 0, turn the rest into 0."""
    return float(z) if z > 0 else 0.0


def dense(x, rows, biases):
    """One dense layer: for each row of weights, a weighted sum of x plus its bias."""
    return [sum(xi * w for xi, w in zip(x, row)) + b for row, b in zip(rows, biases)]


def feed_forward(x, W1, b1, W2, b2):
    """Widen with the first layer, ReLU, then narrow back with the second layer."""
    hidden = [relu(z) for z in dense(x, W1, b1)]  # wider, then ReLU on each number
    print("  hidden after ReLU:", hidden)
    return dense(hidden, W2, b2)  # back to as many numbers as x has


def softmax(scores):
    """Scores to shares that add up to 1."""
    ups = [math.exp(s) for s in scores]  # e to the power of each score
    total = sum(ups)  # the sum of them all
    return [u / total for u in ups]  # each one's share


def weights_from(word, words, vectors):
    """Attention weights of one word over all words: dot products, then softmax."""
    q = vectors[words.index(word)]  # the vector of the word that looks
    scores = [sum(a * b for a, b in zip(q, v)) for v in vectors]  # one dot product per word
    return {w: round(p, 4) for w, p in zip(words, softmax(scores))}  # word -> weight


print("1. Residual: keep the input, add what the layer made")
x = [0.5, -1, 2]  # a token's vector before the layer
fx = [0.25, 0.5, -0.5]  # what the layer made from it
print("  x + f(x) =", residual(x, fx))

print("2. Layer norm of [2, 4, 6]")
out = layer_norm([2, 4, 6])  # the lesson's numbers
print("  normalised:", [round(v, 4) for v in out])

print("3. Feed-forward: 2 numbers -> 4 hidden -> 2 numbers")
W1 = [[1, 1], [1, -1], [-1, 1], [0.5, 0]]  # one row per hidden neuron
b1 = [0, 0, 0, 0.5]  # one bias per hidden neuron
W2 = [[1, 0.5, -1, 1], [0, -1, 0.5, 1]]  # one row per output number
b2 = [0, 0]  # one bias per output number
print("  output:", feed_forward([1, -1], W1, b1, W2, b2))

print("4. Word order: attention alone cannot see it")
embed = {"dog": [1, 0.5], "bites": [0, 1], "man": [0.5, -0.5]}  # made-up word vectors
for sentence in (["dog", "bites", "man"], ["man", "bites", "dog"]):  # two word orders
    vectors = [embed[w] for w in sentence]  # the words' vectors in this order
    print("  no positions,", " ".join(sentence), "->", weights_from("dog", sentence, vectors))
positions = [[1, 0], [0, 0], [0, 1]]  # made-up vectors for places 1, 2 and 3
for sentence in (["dog", "bites", "man"], ["man", "bites", "dog"]):  # the same two orders
    vectors = [residual(embed[w], p) for w, p in zip(sentence, positions)]  # word + place
    print("  with positions,", " ".join(sentence), "->", weights_from("dog", sentence, vectors))

print("5. Parameters in one block, d = 128")
d = 128  # numbers per token
d_ff = 4 * d  # the feed-forward layer is 4 times wider inside
attention = 4 * d * d + 4 * d  # query, key, value and output layers, with biases
ffn = (d * d_ff + d_ff) + (d_ff * d + d)  # two dense layers, with biases
norms = 2 * 2 * d  # two layer norms, each with d scales and d shifts
print("  attention:", attention, " feed-forward:", ffn, " norms:", norms)
print("  total:", attention + ffn + norms)
