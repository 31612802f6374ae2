# The dot product from scratch: multiply in pairs, then add up.


def dot(a, b):  # a and b are two vectors (lists) of the same length
    total = 0  # the running total starts at zero, once, before the loop
    for i in range(len(a)):  # visit every position: 0, 1, 2, ...
        product = a[i] * b[i]  # multiply the pair at this position
        total = total + product  # add it to the running total
        print("position", i, ":", a[i], "×", b[i], "=", product, "-> total", total)  # show the step
    return total  # after the loop, hand back the one number


counts = [2, 3, 1]  # 2 apples, 3 loaves of bread, 1 bottle of milk
prices = [0.5, 2, 1.5]  # what one of each costs
print("The bill:", dot(counts, prices))  # 8.5 coins

print("[1, 2, 3] · [4, 5, 6] =", dot([1, 2, 3], [4, 5, 6]))  # 32
print("Square corner:", dot([2, 1], [-1, 2]))  # 0: the arrows meet at a square corner

length = dot([3, 4], [3, 4]) ** 0.5  # the power 0.5 is the square root
print("Length of the arrow [3, 4]:", length)  # 5.0
