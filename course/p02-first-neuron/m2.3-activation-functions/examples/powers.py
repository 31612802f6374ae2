# Powers and e in Python.
import math  # the toolbox that knows e

print(2 ** 3)  # ** means "to the power": 2 × 2 × 2
print(2 ** -3)  # a negative power divides: 1 ÷ (2 × 2 × 2)
print(round(math.e, 4))  # e itself, rounded to 4 decimals
print(round(math.exp(2), 4))  # e to the power 2, which is e × e
print(round(math.exp(-2), 4))  # e to the power -2, which is 1 ÷ (e × e)
print(math.exp(0))  # any number to the power 0 is 1
