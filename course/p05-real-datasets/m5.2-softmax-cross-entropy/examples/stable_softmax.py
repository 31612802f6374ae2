# Big scores: the plain softmax breaks, the stable one works. Then the slope rule, checked.
import math  # for math.exp and math.log


def softmax(scores):  # the plain way
    powers = [math.exp(s) for s in scores]  # e^score for every score
    total = sum(powers)  # add them up
    return [p / total for p in powers]  # each one's share


def stable_softmax(scores):  # the safe way
    biggest = max(scores)  # the biggest score
    shifted = [s - biggest for s in scores]  # now the biggest is 0, the rest below 0
    return softmax(shifted)  # e^0 = 1 at most, so nothing is too big


try:  # try the plain way on big scores
    print(softmax([1000, 1001]))
except OverflowError as err:  # Python stops: e^1000 is too big for a float
    print("plain softmax:", type(err).__name__, err)

print("stable softmax:", [round(c, 4) for c in stable_softmax([1000, 1001])])
print("same as for 0 and 1:", [round(c, 4) for c in stable_softmax([0, 1])])


def loss(scores, target):  # cross-entropy straight from the scores
    return -math.log(stable_softmax(scores)[target])


scores = [0.65, 0.3, 0.8]  # three classes
target = 2  # class 2 is the right one
chances = stable_softmax(scores)  # the chances
h = 0.001  # a tiny nudge
for i in range(len(scores)):  # check the slope of every score
    want = 1 if i == target else 0  # the one-hot target for this class
    rule = chances[i] - want  # the rule: chance − target
    nudged = scores.copy()  # a copy, so the real scores stay the same
    nudged[i] = nudged[i] + h  # nudge this one score up
    slope = (loss(nudged, target) - loss(scores, target)) / h  # rise over run
    print(f"class {i}: rule {rule:.4f}, nudge {slope:.4f}")  # they agree
