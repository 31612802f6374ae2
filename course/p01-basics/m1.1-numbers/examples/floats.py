# Integers, floats, and the two surprises floats can give you.
whole = 7  # no decimal point: an integer
half = 0.5  # a decimal point: a float
print(type(whole), type(half))  # Python tells us the kind of each number

total = 0.1 + 0.2  # add two floats
print("0.1 + 0.2 gives", total)  # not quite 0.3!
print("Is it equal to 0.3?", total == 0.3)  # False: never test floats with ==
gap = abs(total - 0.3)  # abs drops the minus sign, so the gap is never negative
print("Is it close to 0.3?", gap < 0.000001)  # True: this is the safe way

print("0.5 + 0.25 gives", 0.5 + 0.25)  # halves and quarters are stored exactly

big = 1e308  # 1 followed by 308 zeros: close to the biggest float
print("big:", big)  # Python writes it as 1e+308
bigger = big * 10  # too big to store now
print("big times 10:", bigger)  # inf: infinity
print("infinity minus infinity:", bigger - bigger)  # nan: not a number
print("nan plus 1:", (bigger - bigger) + 1)  # NaN spreads: still nan
