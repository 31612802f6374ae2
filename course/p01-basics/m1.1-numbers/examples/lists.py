# A list keeps numbers together, in order.
numbers = [2, 5, 8, 3]  # square brackets, items split by commas
print("The list:", numbers)  # print the whole list

print("Position 0:", numbers[0])  # the first item is at position 0
print("Position 1:", numbers[1])  # the second item is at position 1
print("Position 3:", numbers[3])  # the last item, since we count from 0

print("How many items:", len(numbers))  # len counts the items: 4
last = numbers[len(numbers) - 1]  # the last position is one less than the count
print("The last item:", last)  # 3

bits = [1, 1, 0, 1]  # the bits of 13, biggest place first
value = bits[0] * 8 + bits[1] * 4 + bits[2] * 2 + bits[3] * 1  # each bit times its place
print("The bits", bits, "make", value)  # 13
