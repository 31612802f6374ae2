# Train a tiny recurrent network to continue "aab aab aab ..." and compare it with a bigram.
import numpy as np  # fast lists of numbers

from fromzero.scratch import Tensor  # the platform's own from-scratch tensors with autograd
from fromzero.scratch import functional as F  # cross-entropy and friends
from fromzero.scratch.nn import RNN, Linear, init  # the recurrent layer, a plain layer, seeds
from fromzero.scratch.optim import Adam  # a gradient descent that picks its own step sizes

init.manual_seed(0)  # the same starting weights on every run
text = "aab" * 8  # the text to learn: after "aa" comes "b", after "ba" or "b" comes "a"
vocab = ["a", "b"]  # the two characters
ids = [vocab.index(ch) for ch in text]  # encode: a -> 0, b -> 1
print("text:", text)

# A bigram only sees the last character. After "a", count what comes next.
after_a = [text[i + 1] for i in range(len(text) - 1) if text[i] == "a"]  # every follower of "a"
print("bigram: after 'a' it saw", after_a.count("a"), "a and", after_a.count("b"), "b")
print("bigram: so its best guess after 'a' is right only about half the time")

one_hot = np.eye(2)[ids[:-1]]  # each input character as [1, 0] or [0, 1]: (T, 2)
x = Tensor(one_hot[None, :, :])  # add a batch of 1 in front: (B, T, C) = (1, 23, 2)
targets = np.array([ids[1:]])  # the next character at each time step: (1, 23)

rnn = RNN(2, 4)  # input 2 numbers, memory (hidden state) of 4 numbers
head = Linear(4, 2)  # memory -> one score per character
params = rnn.parameters() + head.parameters()  # every weight and bias to learn
opt = Adam(params, lr=0.05)  # step size 0.05


def run(x):
    """Read the whole text, one time step at a time, and score the next character at each step."""
    hs, _ = rnn(x)  # the memory after every time step: (1, 23, 4)
    return head(hs)  # two scores per time step: (1, 23, 2)


for step in range(61):  # 61 rounds of gradient descent on the same text
    scores = run(x)  # forward pass through all the time steps
    loss = F.cross_entropy(scores, targets)  # how surprised it was by each next character
    opt.zero_grad()  # forget old slopes
    loss.backward()  # backpropagation through time: slopes for every weight
    opt.step()  # nudge every weight downhill
    if step % 15 == 0:  # print now and then
        print(f"step {step:3d}  loss {loss.data.item():.3f}")

guesses = run(x).data[0].argmax(axis=1)  # the character with the biggest score, per step
right = int((guesses == targets[0]).sum())  # how many guesses were right
print("guesses:", "".join(vocab[g] for g in guesses))  # what it expects after each character
print("answers:", text[1:])  # what really came next
print("right:", right, "of", len(guesses))
