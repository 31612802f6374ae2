import numpy as np  # arrays of numbers

from fromzero.scratch.models.gpt import GPT, GPTConfig  # the course's GPT, built from scratch
from fromzero.scratch.sampling import filter_probs, generate, greedy  # the pickers

words = ["cake", "pizza", "soup", "rocks"]  # the same four words as the lesson
logits = np.array([2.0, 1.0, 0.0, -1.0])  # their scores (logits)


def show(name, chances):
    """Print each word with its chance, rounded to 4 decimals."""
    print(name.ljust(22), "  ".join(f"{w} {c:.4f}" for w, c in zip(words, chances)))


print("1. filter_probs does temperature, then top-k, then top-p")
show("temperature 1", filter_probs(logits, temperature=1.0))
show("temperature 0.5", filter_probs(logits, temperature=0.5))
show("top_k 2", filter_probs(logits, temperature=1.0, top_k=2))
show("top_p 0.9", filter_probs(logits, temperature=1.0, top_p=0.9))
show("t 0.7, top_p 0.9", filter_probs(logits, temperature=0.7, top_p=0.9))
print("greedy picks position", greedy(logits), "=", words[greedy(logits)])

print()
print("2. generate: the loop, with a model that only looks at the last token")
table = np.array([  # row = the last word, columns = the scores of the next word
    [0.0, 2.0, 1.0, -1.0],  # after cake: pizza is likely
    [2.0, 0.0, 1.0, -1.0],  # after pizza: cake is likely
    [1.0, 1.0, 0.0, 0.5],  # after soup
    [1.0, 0.0, 2.0, -2.0],  # after rocks
])


def next_logits(ids):
    """The logits for the next token, given all tokens so far (this model reads only the last)."""
    return table[ids[-1]]  # (V,)


for settings in [{"temperature": 0}, {"temperature": 1.0, "seed": 1},
                 {"temperature": 1.0, "seed": 2}]:
    ids = generate(next_logits, [0], max_new_tokens=7, **settings)  # start with "cake"
    print(str(settings).ljust(36), " ".join(words[i] for i in ids))

print()
print("3. A tiny GPT (untrained, so its text is noise) crops its context window")
config = GPTConfig(block_size=8, vocab_size=4, n_layer=1, n_head=2, n_embd=8)  # very small
model = GPT(config)  # made with small random weights
ids = model.generate([0, 1], max_new_tokens=12, temperature=1.0, seed=0)  # 2 + 12 tokens
print("tokens:", ids)
print("length", len(ids), "but each step read at most", config.block_size, "of them")
try:
    model(np.array([ids]))  # all 14 at once: more than the window holds
except ValueError as err:
    print("ValueError:", err)
