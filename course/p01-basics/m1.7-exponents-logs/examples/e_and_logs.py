# e by growing money, e to a power, and a logarithm by counting.
import math  # Python's box of math tools

for parts in [1, 2, 12, 365, 525600]:  # a year split into more and more parts
    money = (1 + 1 / parts) ** parts  # each part grows the money by 1 ÷ parts
    print("Grow", parts, "times a year:", money)  # creeps up towards e
print("e itself:", math.e)  # about 2.718

print("e to the power 2:", math.exp(2))  # e × e
print("e to the power -1:", math.exp(-1))  # 1 ÷ e
print("e to the power 0:", math.exp(0))  # 1, like any number to the power 0

x = 8  # how many 2s make 8?
count = 0  # no divisions yet
while x > 1:  # keep going for as long as x is still above 1
    x = x / 2  # divide by the base once more
    count = count + 1  # and count it
    print("divided", count, "times, now at", x)  # show each step
print("log base 2 of 8 is", count)  # 3

print("math.log(8, 2):", math.log(8, 2))  # the same answer, from Python
print("ln(10):", math.log(10))  # no base given means base e
print("log 4 + log 8:", math.log(4, 2) + math.log(8, 2), "and log 32:", math.log(32, 2))  # times becomes plus
