# Work out a power by multiplying again and again.
base = 2  # the number we multiply
times = 3  # how many of them: 2 to the power 3

answer = 1  # start at 1: multiplying by 1 changes nothing
for i in range(times):  # repeat the next two lines 3 times
    answer = answer * base  # multiply by the base once more
    print("After", i + 1, "multiplications:", answer)  # show each step

print(base, "to the power", times, "is", answer)  # 2 to the power 3 is 8
print("Python's own way, 2 ** 3:", 2 ** 3)  # the two stars mean "to the power"
print("The power 0 gives:", 7 ** 0)  # multiply by nothing: 1
print("A negative power divides:", 2 ** -3)  # 1 ÷ 8 = 0.125
