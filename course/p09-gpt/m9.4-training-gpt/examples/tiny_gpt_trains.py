# A tiny GPT from fromzero.scratch learns one short text: the full training loop.
import math  # math.exp turns a loss into a perplexity
import numpy as np  # the model's numbers live in numpy arrays
from fromzero.scratch.data import lm_batch  # random windows of ids: inputs and targets
from fromzero.scratch.models.gpt import GPT, GPTConfig  # the GPT of this course
from fromzero.scratch.nn import init  # sets the seed the first weights are drawn with
from fromzero.scratch.optim import AdamW  # a cleverer gradient descent step

text = "to be or not to be, that is the question. " * 4  # a tiny text, 4 times over
chars = sorted(set(text))  # the vocabulary: every different character, sorted
ids = np.array([chars.index(ch) for ch in text])  # the text as ids
V = len(chars)  # the vocabulary size
print("vocabulary size:", V, "| pure guessing loss ln(V) =", round(math.log(V), 3))

init.manual_seed(0)  # the same first weights every run
config = GPTConfig(block_size=16, vocab_size=V, n_layer=1, n_head=2, n_embd=32)  # a tiny GPT
model = GPT(config)  # token and position embeddings, 1 block, and the head
optimizer = AdamW(model.parameters(), lr=0.01)  # it will change every weight a little each step
rng = np.random.default_rng(0)  # picks where the windows start

for step in range(121):  # 121 steps: step 0 shows the loss before any learning
    x, y = lm_batch(ids, block_size=16, batch_size=8, rng=rng)  # 8 windows: (8, 16) and (8, 16)
    logits, loss = model(x, y)  # forward pass: scores (8, 16, V), and the mean cross-entropy
    optimizer.zero_grad()  # forget the slopes of the last step
    loss.backward()  # backpropagation: a slope for every weight
    optimizer.step()  # nudge every weight downhill
    if step % 30 == 0:  # now and then, print how it goes
        value = loss.item()  # the loss as a plain number
        print(f"step {step:3}: loss {value:.2f}, perplexity {math.exp(value):5.1f}")

start = [chars.index(ch) for ch in "to be"]  # a prompt, as ids
out = model.generate(start, 30, temperature=0)  # temperature 0: always take the top score
print("it writes:", repr("".join(chars[i] for i in out)))  # decode the ids back to text
