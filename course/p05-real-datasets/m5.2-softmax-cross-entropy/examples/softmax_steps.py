# Softmax from scratch: three scores become three chances, step by step.
import math  # for math.exp, e to a power

scores = [0.65, 0.3, 0.8]  # one score per class: class 0, class 1, class 2

powers = []  # step 1: e to the power of each score
for i in range(len(scores)):  # every class, by its position
    p = math.exp(scores[i])  # e^score: always above 0
    powers.append(p)  # keep it for later
    print(f"class {i}: e^{scores[i]} = {p:.4f}")  # show the step

total = 0  # step 2: add the powers up
for p in powers:  # every power
    total = total + p  # a running total
print(f"total = {total:.4f}")  # show the total

chances = []  # step 3: divide each power by the total
for i in range(len(powers)):  # every class again
    chance = powers[i] / total  # its share of the total
    chances.append(chance)  # keep it
    print(f"class {i}: {powers[i]:.4f} / {total:.4f} = {chance:.4f}")  # show the step

print(f"the chances add up to {sum(chances):.4f}")  # always 1

best = 0  # the prediction: start with class 0 as the best so far
for i in range(len(chances)):  # look at every class
    if chances[i] > chances[best]:  # a bigger chance than the best so far?
        best = i  # remember its position
print(f"prediction: class {best}")  # the class with the biggest chance
