import math  # for e to the power of a number (math.exp)
import random  # for random numbers from 0 up to 1

words = ["cake", "pizza", "soup", "rocks"]  # the next words a made-up model can say
logits = [2.0, 1.0, 0.0, -1.0]  # its scores for each word, after "I like to eat"


def softmax(scores):
    """Scores in, chances out: e to the power of each, then divide by the total."""
    ups = [math.exp(s) for s in scores]  # e to the power of each score
    total = sum(ups)  # add them all up
    return [u / total for u in ups]  # each one's share of the total


def apply_temperature(scores, t):
    """Divide every score by t, then softmax."""
    return softmax([s / t for s in scores])  # small t: bigger gaps; big t: smaller gaps


def top_k(chances, k):
    """Keep the k biggest chances, set the rest to 0, then make the kept ones add up to 1."""
    order = sorted(range(len(chances)), key=lambda i: -chances[i])  # positions, biggest first
    kept = order[:k]  # the k best positions
    total = sum(chances[i] for i in kept)  # what the kept chances add up to
    return [chances[i] / total if i in kept else 0.0 for i in range(len(chances))]


def top_p(chances, p):
    """Keep the fewest biggest chances that add up to at least p, then make them add up to 1."""
    order = sorted(range(len(chances)), key=lambda i: -chances[i])  # positions, biggest first
    kept = []  # the positions we keep
    running = 0.0  # the running total of the kept chances
    for i in order:  # from the biggest chance down
        kept.append(i)  # keep this one
        running += chances[i]  # and add its chance
        if running >= p:  # reached p: stop
            break
    return [chances[i] / running if i in kept else 0.0 for i in range(len(chances))]


def pick(chances, r):
    """Pick a position by chance: walk the running total until it passes r (0 up to 1)."""
    running = 0.0  # the running total
    for i, c in enumerate(chances):  # each word and its chance
        running += c  # add this word's chance
        if r < running:  # r landed inside this word's slice
            return i
    return len(chances) - 1  # only if rounding left r just past the end


def show(name, chances):
    """Print each word with its chance, rounded to 4 decimals."""
    print(name.ljust(16), "  ".join(f"{w} {c:.4f}" for w, c in zip(words, chances)))


print("1. The knobs, on the scores", logits)
show("softmax", softmax(logits))  # temperature 1: plain softmax
show("temperature 0.5", apply_temperature(logits, 0.5))  # sharper: cake grows
show("temperature 2", apply_temperature(logits, 2))  # flatter: rocks grows
chances = softmax(logits)  # the plain chances again
show("top-k 2", top_k(chances, 2))  # only cake and pizza are left
show("top-p 0.9", top_p(chances, 0.9))  # the fewest words that reach 0.9

print()
print("2. Picking by chance, with the random number r")
for r in [0.1, 0.7, 0.95]:  # three made-up random numbers
    i = pick(chances, r)  # which slice r lands in
    print(f"r = {r}: the running totals pass {r} at {words[i]}")

print()
print("3. Twenty picks with seed 0: the same seed gives the same picks every run")
rng = random.Random(0)  # a random number maker, started from the seed 0
picks = [words[pick(chances, rng.random())] for _ in range(20)]  # 20 picks
print(" ".join(picks))
for w in words:  # count how often each word came up
    print(f"{w}: {picks.count(w)} of 20")

print()
print("4. A tiny word model writes: greedy, then by chance")
next_scores = {  # after each word, the scores of the next words (made up)
    "the": {"cat": 2.0, "dog": 1.5, "mat": 0.5},
    "cat": {"sat": 1.0, "ran": 0.8, "the": 1.2},
    "dog": {"ran": 2.0, "the": 1.0, "sat": 0.5},
    "mat": {"the": 1.0, "sat": 0.5, "ran": 0.2},
    "sat": {"on": 2.0, "the": 0.5, "still": 0.5},
    "ran": {"the": 1.0, "on": 0.5, "off": 0.5},
    "on": {"the": 3.0, "cat": -1.0, "mat": 0.0},
}


def write(start, n, t, seed):
    """Start with one word; n times: chances for the next word, pick one, append it."""
    rng = random.Random(seed)  # the seed makes the picks repeatable
    out = [start]  # the text so far
    for _ in range(n):  # add n words
        row = next_scores.get(out[-1])  # the scores after the last word
        if row is None:  # a word with no row ("still", "off"): the model is done
            break
        options = list(row)  # the words that may come next
        if t == 0:  # temperature 0 means greedy
            best = max(options, key=lambda w: row[w])  # the biggest score wins
            out.append(best)
        else:
            ch = apply_temperature([row[w] for w in options], t)  # scores to chances
            out.append(options[pick(ch, rng.random())])  # pick by chance
    return " ".join(out)


print("greedy:      ", write("the", 9, 0, seed=0))  # always the same, and it loops
print("t 1, seed 1: ", write("the", 9, 1.0, seed=1))  # by chance: varied
print("t 1, seed 2: ", write("the", 9, 1.0, seed=2))  # a new seed, a new text
