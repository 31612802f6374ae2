# Find the square root of 2 by guessing, checking and improving.
number = 2  # we want the number that, times itself, gives 2
guess = 1  # a first guess: any number above 0 will do

for step in range(6):  # improve the guess 6 times
    other = number / guess  # if the guess is too small, this is too big (and the other way)
    guess = (guess + other) / 2  # the middle of the two is a better guess
    print("Step", step + 1, "guess:", guess)  # watch it settle down

print("Check:", guess, "times itself is", guess * guess)  # very close to 2

import math  # Python's box of math tools

print("math.sqrt(2) says:", math.sqrt(2))  # the same answer, found for us
