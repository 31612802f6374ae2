# A neuron that decides: is today a good day for the park?
import math  # for math.exp


def sigmoid(x):  # from lesson 2.3
    return 1 / (1 + math.exp(-x))  # squash into 0 to 1


def good_day(sunny, friends_free, homework_left):  # three inputs, each 1 or 0
    inputs = [sunny, friends_free, homework_left]  # 1 means yes, 0 means no
    weights = [2, 1.5, -3]  # sun helps a lot, homework pulls the answer down
    bias = -2  # start a little against going
    total = 0  # the running sum starts at zero
    for i in range(len(inputs)):  # visit every input
        total = total + inputs[i] * weights[i]  # add this input times its weight
    total = total + bias  # add the bias once, at the end
    sure = sigmoid(total)  # how sure the neuron is, from 0 to 1
    facts = f"sunny={sunny} friends={friends_free} homework={homework_left}"  # the inputs as text
    print(f"{facts}: {round(sure, 2)}")  # show the inputs and how sure the neuron is
    return sure > 0.5  # more than half sure means yes


print(good_day(1, 1, 0))  # sunny, friends free, no homework
print(good_day(1, 0, 1))  # sunny, but homework and no friends
print(good_day(0, 1, 0))  # cloudy, friends free, no homework
