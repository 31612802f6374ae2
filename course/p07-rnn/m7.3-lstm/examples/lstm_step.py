# One LSTM step with one hidden unit, from scratch, then a plain RNN and an LSTM race.
import math  # math.exp and math.tanh


def sigmoid(z):
    """Squash any number into the range 0 to 1."""
    return 1 / (1 + math.exp(-z))  # 1 divided by (1 + e to the power −z)


def lstm_step(x, h, c, p):
    """One step: the four gates, then the new cell state c and the new hidden state h."""
    f = sigmoid(p["w_f"] * x + p["u_f"] * h + p["b_f"])  # forget gate: how much old c to keep
    i = sigmoid(p["w_i"] * x + p["u_i"] * h + p["b_i"])  # input gate: how much new to write
    g = math.tanh(p["w_g"] * x + p["u_g"] * h + p["b_g"])  # candidate: what to write, −1 to 1
    o = sigmoid(p["w_o"] * x + p["u_o"] * h + p["b_o"])  # output gate: how much of c to show
    c_new = f * c + i * g  # keep part of the old memory, add part of the new
    h_new = o * math.tanh(c_new)  # squash the memory, then show part of it
    return h_new, c_new, (f, i, g, o)  # the new h and c, and the gates to print


# The lesson's weights: three numbers per gate (times x, times the old h, the bias).
lesson = {"w_f": 1, "u_f": 1, "b_f": 0,
          "w_i": 0.5, "u_i": -1, "b_i": 0,
          "w_g": 1, "u_g": 1, "b_g": -0.5,
          "w_o": 2, "u_o": 0, "b_o": -1}

# Step 1: one step with x = 1, old h = 0.5, old c = 0.8. Print every number.
h, c, gates = lstm_step(1, 0.5, 0.8, lesson)  # run the step
for name, value in zip("figo", gates):  # the four gates, one per line
    print(name, "=", round(value, 4))
print("c_new =", round(c, 4))  # the new cell state
print("h_new =", round(h, 4))  # the new hidden state

# Step 2: a 1 at step 1, then zeros. What does each unit still remember?
remember = {"w_f": 0, "u_f": 0, "b_f": 5,  # forget gate: almost always open
            "w_i": 10, "u_i": 0, "b_i": -5,  # input gate: open only when x is 1
            "w_g": 3, "u_g": 0, "b_g": 0,  # candidate: tanh(3 × x)
            "w_o": 0, "u_o": 0, "b_o": 0}  # output gate: half open
rnn_h = 0.0  # the plain RNN's memory starts empty
lstm_h, lstm_c = 0.0, 0.0  # so do the LSTM's h and c
for step in range(1, 21):  # 20 steps
    x = 1 if step == 1 else 0  # the 1 comes first, then only zeros
    rnn_h = math.tanh(2 * x + 0.8 * rnn_h)  # plain RNN: squashed every step
    lstm_h, lstm_c, gates = lstm_step(x, lstm_h, lstm_c, remember)  # LSTM step
    if step in (1, 2, 5, 10, 20):  # print a few of the steps
        print("step", step, "RNN h =", round(rnn_h, 4), " LSTM c =", round(lstm_c, 4))
