# The last piece of a GPT, by hand: the language model head, then softmax.
import math  # for math.exp, e to a power

vocab = ["a", "b", "c", " "]  # a tiny vocabulary: 4 tokens (V = 4)
hidden = [1, -0.5, 2]  # the last place's vector after the final layer norm (C = 3)
W = [  # the head's weights: one row per token, one weight per number in hidden
    [0.5, 1, 0.25],  # row for "a"
    [1, 0, -0.5],  # row for "b"
    [-0.5, 0.5, 1.5],  # row for "c"
    [0, 0.25, 0.5],  # row for " "
]
b = [0.1, 0, -0.2, 0.3]  # one bias per token

print("1. The head: one logit per token, W · hidden + b")
logits = []  # the scores we are about to make
for token, row, bias in zip(vocab, W, b):  # one token at a time
    total = 0.0  # start the weighted sum at 0
    for w, h in zip(row, hidden):  # each weight meets its number
        total = total + w * h  # multiply and add
    logit = total + bias  # add this token's bias
    logits.append(logit)  # keep it
    print(f"   {token!r}: weighted sum {total:g} + bias {bias:g} = logit {logit:g}")

print("2. Softmax: e to the power of each logit")
ups = [math.exp(z) for z in logits]  # every one is above 0 now
for token, z, e in zip(vocab, logits, ups):  # show each one
    print(f"   {token!r}: e^{z:g} = {e:.4f}")
total = sum(ups)  # the total of all of them
print(f"   total = {total:.4f}")

print("3. Divide by the total: the chances for the next token")
chances = [e / total for e in ups]  # they add up to 1
for token, p in zip(vocab, chances):  # show each chance
    print(f"   {token!r}: {p:.4f}")
print(f"   the chances add up to {sum(chances):.4f}")

print("4. The most likely next tokens, biggest chance first")
ranked = sorted(zip(vocab, chances), key=lambda pair: pair[1], reverse=True)  # sort by chance
for token, p in ranked[:2]:  # keep the top 2
    print(f"   {token!r} with chance {p:.4f}")
