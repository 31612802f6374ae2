# The mean, the variance and the standard deviation from scratch.


def mean(values):  # values is a list of numbers
    total = 0  # the pile starts empty
    for v in values:  # put each number on the pile
        total = total + v
    return total / len(values)  # share the pile out: divide by how many there are


def variance(values):
    m = mean(values)  # step 1: the mean
    total = 0  # we will add up the squared gaps
    for v in values:
        gap = v - m  # step 2: how far this number is from the mean
        total = total + gap * gap  # step 3: square the gap and add it
        print("  ", v, "is", gap, "from the mean; squared:", gap * gap)  # show each gap
    return total / len(values)  # step 4: the mean of the squared gaps


def standard_deviation(values):
    return variance(values) ** 0.5  # the square root of the variance


numbers = [2, 4, 9]  # the sweets
print("Mean:", mean(numbers))  # 5.0
v = variance(numbers)  # prints the gaps as it works
print("Variance:", v)  # about 8.67
print("Standard deviation:", standard_deviation(numbers))  # about 2.94

print("Class A [4, 5, 6] variance:", variance([4, 5, 6]))  # small spread
print("Class B [0, 5, 10] variance:", variance([0, 5, 10]))  # big spread
