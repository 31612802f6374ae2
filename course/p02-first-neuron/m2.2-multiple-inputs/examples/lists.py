# A list keeps several numbers in order. Positions start at 0.

inputs = [3, 7, 2]  # a list of three numbers
print(inputs)  # prints the whole list
print(len(inputs))  # len tells how many numbers are in the list
print(inputs[0])  # the number at position 0 is the first one
print(inputs[2])  # position 2 is the third and last one
for i in range(len(inputs)):  # range(3) counts 0, 1, 2
    print("position", i, "holds", inputs[i])  # the loop body runs once per position
