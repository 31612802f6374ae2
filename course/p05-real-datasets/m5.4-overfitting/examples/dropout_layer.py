# Dropout from scratch: switch off some outputs of a layer, and scale the rest.
import random  # Python's random numbers

values = [0.8, 1.5, 0.2, 2.1, 0.9, 1.3, 0.4, 1.7, 1.1, 0.6]  # one layer's ten outputs
rate = 0.5  # the share of outputs we switch off
rng = random.Random(3)  # a seeded maker of random numbers: same seed, same mask


def make_mask(n, rate):
    """One random number from 0 to 1 per output: keep it (1) when it is at least the rate."""
    return [1 if rng.random() >= rate else 0 for _ in range(n)]


def dropout(values, mask, rate):
    """Dropped outputs become 0; kept ones are multiplied by 1 / (1 - rate)."""
    scale = 1 / (1 - rate)  # for rate 0.5 this is 2
    return [v * scale if m == 1 else 0 for v, m in zip(values, mask)]


mask = make_mask(len(values), rate)  # a fresh mask, as for one training example
after = dropout(values, mask, rate)  # what the next layer receives
print("mask:  ", mask)  # 1 = keep, 0 = drop
print("after: ", [round(v, 2) for v in after])  # kept ones doubled, dropped ones 0
print("sum before:", round(sum(values), 2))  # the layer's total
print("sum after: ", round(sum(after), 2))  # one mask: a bit more or less

unscaled = [v if m == 1 else 0 for v, m in zip(values, mask)]  # the mistake: no scaling
print("sum without scaling:", round(sum(unscaled), 2))  # far too small

total = 0  # now try many masks and average the sums
for trial in range(10000):  # ten thousand training examples
    total = total + sum(dropout(values, make_mask(len(values), rate), rate))
print("average sum after, over 10000 masks:", round(total / 10000, 2))  # close to before

print("test time, no dropout:", values)  # at test time every output is used, as it is
