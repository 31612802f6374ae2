# A recurrent network from scratch: tanh, one step of memory, a whole sequence, and the slope
# that shrinks as it travels back through time. Every step is printed.
import math  # for e (math.e) and e to a power (math.exp)


def tanh(x):
    """Squash any number into the range −1 to 1, using e."""
    up = math.exp(x)  # e to the power x
    down = math.exp(-x)  # e to the power −x
    return (up - down) / (up + down)  # the difference divided by the sum


def rnn_step(x, h, w_x, w_h, b):
    """One time step: mix the new input with the old memory, then squash."""
    total = w_x * x + w_h * h + b  # a weighted sum of the input and the old memory, plus bias
    return tanh(total)  # the new memory, between −1 and 1


def run_rnn(xs, h0, w_x, w_h, b):
    """Read the inputs one by one; return the memory after every time step."""
    h = h0  # the memory before the first step
    hs = []  # the memory after each step
    for x in xs:  # one time step per input
        h = rnn_step(x, h, w_x, w_h, b)  # the new memory replaces the old one
        hs.append(h)  # keep it, to look at later
    return hs


# Part 1: tanh of a few numbers.
for x in [-2, -1, 0, 1, 2]:  # some inputs below, at and above 0
    print(f"tanh({x}) = {tanh(x):.4f}")

# Part 2: one memory number reads the inputs 1, 0, 0.
w_x, w_h, b = 0.5, 0.8, 0.0  # the same three numbers at every time step
h = 0.0  # the memory starts empty
for t, x in enumerate([1, 0, 0], start=1):  # t counts the time steps from 1
    total = w_x * x + w_h * h + b  # the weighted sum for this step
    new_h = tanh(total)  # squash it
    print(f"step {t}: tanh({w_x} × {x} + {w_h} × {h:.4f} + {b}) = tanh({total:.4f}) = {new_h:.4f}")
    h = new_h  # carry the memory to the next step

# Part 3: the same, with the function that keeps every memory.
hs = run_rnn([1, 0, 0], 0.0, 0.5, 0.8, 0.0)  # all three memories at once
print("all memories:", [round(v, 4) for v in hs])

# Part 4: the slope reaching back through time, one factor of 0.5 per step.
slope = 1.0  # the slope of the last step's memory with respect to itself
for back in range(1, 11):  # go back 1 to 10 steps
    slope = slope * 0.5  # each step back multiplies by the factor once more
    print(f"{back} steps back: slope {slope:.6f}")
