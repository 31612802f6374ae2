# Turn 13 into binary by hand, making pairs again and again.
n = 13  # the number we want to turn into binary
print("Start with", n)  # show where we begin

pairs = n // 2  # how many pairs we can make: // divides and drops the rest
left = n % 2  # what is left over: % gives the remainder
print(n, "=", "2 ×", pairs, "+", left)  # 13 = 2 × 6 + 1

n = pairs  # now we make pairs from the pairs
pairs = n // 2  # 6 makes 3 pairs
left2 = n % 2  # with 0 left over
print(n, "=", "2 ×", pairs, "+", left2)  # 6 = 2 × 3 + 0

n = pairs  # go again with 3
pairs = n // 2  # 3 makes 1 pair
left3 = n % 2  # with 1 left over
print(n, "=", "2 ×", pairs, "+", left3)  # 3 = 2 × 1 + 1

n = pairs  # and once more with 1
pairs = n // 2  # 1 makes 0 pairs: we are done after this
left4 = n % 2  # with 1 left over
print(n, "=", "2 ×", pairs, "+", left4)  # 1 = 2 × 0 + 1

# Read the leftovers from the last one to the first.
print("13 in binary:", left4, left3, left2, left)  # 1 1 0 1

# And back again: each bit times its place, all added up.
back = left4 * 8 + left3 * 4 + left2 * 2 + left * 1  # 8 + 4 + 0 + 1
print("Back to everyday digits:", back)  # 13

print("Python's own tool says:", bin(13))  # 0b1101: 0b means "binary"
