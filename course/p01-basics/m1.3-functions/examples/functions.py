# Write functions with def, and get their answers back with return.


def double(x):  # def starts a function called double, with input x
    return 2 * x  # the rule: two times the input, handed back


def add_one(x):  # another small machine
    return x + 1  # the rule: one more than the input


def double_then_add_one(x):  # a machine made of two machines in a row
    doubled = double(x)  # step 1: use the first machine
    return add_one(doubled)  # step 2: feed its output into the second


print("double(3) =", double(3))  # 6
print("double(5) =", double(5))  # 10
print("double_then_add_one(3) =", double_then_add_one(3))  # 3 × 2 = 6, then 6 + 1 = 7
print("add one, then double:", double(add_one(3)))  # 3 + 1 = 4, then 4 × 2 = 8

for x in range(4):  # try the inputs 0, 1, 2 and 3
    print("input", x, "-> output", double_then_add_one(x))  # a little table
