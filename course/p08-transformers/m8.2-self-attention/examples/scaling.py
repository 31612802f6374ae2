# Why divide by √d: long vectors make big dot products, and big scores make softmax all-or-nothing.
import math  # for math.exp and math.sqrt
import random  # made-up vectors

random.seed(1)  # the same made-up numbers every run


def dot(a, b):
    """Multiply the pairs and add them up."""
    return sum(a[i] * b[i] for i in range(len(a)))  # one product per position


def softmax(row):
    """e to the power of each score, divided by their total."""
    powers = [math.exp(s) for s in row]  # grow each score
    total = sum(powers)  # add them up
    return [round(p / total, 4) for p in powers]  # each share, 4 decimals


for d in (2, 16, 128):  # three key lengths
    sizes = []  # how big the scores get, for 200 random pairs
    for trial in range(200):  # many tries, so one lucky pair does not fool us
        q = [random.gauss(0, 1) for _ in range(d)]  # a made-up query of d numbers
        k = [random.gauss(0, 1) for _ in range(d)]  # a made-up key of d numbers
        sizes.append(abs(dot(q, k)))  # how far the score is from 0
    mean = sum(sizes) / len(sizes)  # the typical size
    print(f"d = {d:3}: typical score size {mean:6.2f}, after ÷ √d: {mean / math.sqrt(d):.2f}")

scores = [2, 1, 0.5]  # three calm scores
print("softmax of", scores, "=", softmax(scores))  # a spread of weights
big = [s * 4 for s in scores]  # the same scores, 4 times bigger
print("softmax of", big, "=", softmax(big))  # almost all-or-nothing
back = [s / math.sqrt(16) for s in big]  # divide by √16 = 4
print("softmax of", back, "=", softmax(back))  # calm again
