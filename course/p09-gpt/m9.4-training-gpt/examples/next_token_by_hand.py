# Next-token prediction by hand: pairs, a batch of windows, and the loss of two guessers.
import math  # math.log(x) is ln(x), and math.exp(x) is e to the power x

text = "to be or not to be"  # a tiny text to learn from
chars = sorted(set(text))  # the vocabulary: every different character, sorted
ids_of = {ch: i for i, ch in enumerate(chars)}  # a dictionary: character -> id
ids = [ids_of[ch] for ch in text]  # encode the whole text as a list of ids
V = len(chars)  # the vocabulary size
print("vocabulary:", "".join(chars).replace(" ", "␣"), "->", V, "characters")  # ␣ is a space
print("the text as ids:", ids)  # one id per character

print("\n1. Shift by one")  # inputs and targets from one window
block = 4  # the block size: how many inputs one window holds
start = 0  # where in the text the window starts
inputs = ids[start:start + block]  # block ids, starting at `start`
targets = ids[start + 1:start + block + 1]  # the same window, moved one place to the left
print("inputs: ", inputs, [chars[i] for i in inputs])  # the ids, and their characters
print("targets:", targets, [chars[i] for i in targets])  # each one is the next character
for t in range(1, block + 1):  # one guess per position: t = 1, 2, 3, 4
    seen = text[start:start + t]  # guess t may read inputs 1 to t (the causal mask)
    print(f"  guess {t}: reads {seen!r:7} -> must guess {text[start + t]!r}")  # its target

print("\n2. A batch of windows")  # several windows, from different places in the text
starts = [0, 6, 13]  # where each window starts (training picks these at random)
batch_x = [ids[s:s + block] for s in starts]  # one row of inputs per window
batch_y = [ids[s + 1:s + block + 1] for s in starts]  # one row of targets per window
for s, x, y in zip(starts, batch_x, batch_y):  # show each window
    print(f"  start {s:2}: {text[s:s + block]!r} -> {text[s + 1:s + block + 1]!r}")  # as text
print("guesses in this batch:", len(starts), "windows x", block, "=", len(starts) * block)

print("\n3. Guesser A spreads its chances evenly")  # like a model before any training
chance = 1 / V  # every character gets the same chance
loss_a = -math.log(chance)  # the loss is -ln(chance of the right character)
print(f"chance 1/{V} = {chance:.4f}, loss -ln({chance:.4f}) = {loss_a:.4f}")  # the same for all
print(f"ln({V}) = {math.log(V):.4f}")  # the very same number: the loss of pure guessing
print(f"perplexity e^{loss_a:.4f} = {math.exp(loss_a):.4f}")  # as unsure as picking from V

print("\n4. Guesser B counts pairs in the text")  # a bigram table, trained by counting
counts = {}  # counts[a][b]: how often character b came right after character a
for a, b in zip(text, text[1:]):  # every pair of neighbours in the text
    counts.setdefault(a, {})  # make an empty row for a the first time we meet it
    counts[a][b] = counts[a].get(b, 0) + 1  # add 1 to the count of the pair (a, b)
losses = []  # the loss of each guess in the batch
for s in starts:  # each window of the batch
    for t in range(block):  # each position of that window
        a = text[s + t]  # the last input this guess reads (a bigram only looks at that one)
        b = text[s + t + 1]  # the right answer: the target
        row = counts[a]  # what came after a, and how often
        p = row.get(b, 0) / sum(row.values())  # the chance the table gives the right answer
        losses.append(0.0 - math.log(p))  # its loss, 0 - ln(p): a sure guess gives 0, not -0
        print(f"  after {a!r} comes {b!r}: chance {p:.4f}, loss {losses[-1]:.4f}")
mean_loss = sum(losses) / len(losses)  # the mean over all the guesses of the batch
print(f"mean loss over {len(losses)} guesses: {mean_loss:.4f}")  # lower than guesser A's
print(f"perplexity e^{mean_loss:.4f} = {math.exp(mean_loss):.4f}")  # far fewer than 7 choices
