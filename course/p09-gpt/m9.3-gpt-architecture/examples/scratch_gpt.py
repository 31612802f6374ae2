# The platform's own GPT (fromzero.scratch), in char-gpt's sizes, walked stage by stage.
import numpy as np  # arrays of numbers

from fromzero.scratch.models import GPT, GPTConfig  # the GPT built from scratch for this course
from fromzero.scratch.nn import init  # where the random starting weights come from
from fromzero.scratch.tensor import no_grad  # we only read, so no slopes are needed

init.manual_seed(0)  # the same random weights every run
config = GPTConfig(vocab_size=76, block_size=128, n_layer=4, n_head=4, n_embd=128)  # char-gpt
gpt = GPT(config)  # untrained: random weights, so its guesses are noise

count = sum(p.data.size for p in gpt.parameters())  # every weight, bias, γ and β, once each
print("learned numbers:", count)  # the lesson worked out 819456
print("the head reuses the token table:", gpt.lm_head.weight is gpt.wte.weight)

ids = np.array([[40, 37, 35, 27, 37, 20, 0]])  # "ROMEO:" and a new line, as char-gpt's ids
with no_grad():  # a forward pass, one stage at a time
    x = gpt.wte(ids)  # token embedding: each id looks up its row
    print("token embedding:   ", ids.shape, "->", x.shape)
    x = x + gpt.wpe(np.arange(ids.shape[1]))  # add the position embedding of places 0 to 6
    print("+ positions:       ", x.shape)
    for number, block in enumerate(gpt.blocks, start=1):  # the 4 transformer blocks
        x = block(x)  # attention, then feed-forward, each with its shortcut
        print(f"after block {number}:     ", x.shape)
    x = gpt.ln_f(x)  # the final layer norm
    print("final layer norm:  ", x.shape)
    logits = gpt.lm_head(x)  # the head: 128 numbers in, 76 logits out, at every place
    print("logits:            ", logits.shape)
    same, _ = gpt(ids)  # the whole forward pass in one call
    print("one call gives the same:", bool(np.allclose(same.data, logits.data, atol=1e-5)))

last = logits.data[0, -1]  # the 76 logits for the last place: the guess for what comes next
chances = np.exp(last - last.max())  # softmax, the safe way: take the biggest away first
chances = chances / chances.sum()  # now they add up to 1
print("chances add up to:", round(float(chances.sum()), 4))
biggest, smallest = round(float(chances.max()), 3), round(float(chances.min()), 3)  # vs 1 ÷ 76
print("untrained, so no character stands out; biggest and smallest:", biggest, smallest)
