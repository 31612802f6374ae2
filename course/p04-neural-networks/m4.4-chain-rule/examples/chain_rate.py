# The chain rule: multiply the rate of every link in the chain.


def chain_rate(rates):  # rates[0] is A to B, rates[1] is B to C, and so on
    total = 1  # multiplying by 1 changes nothing, so it is a safe start
    for i in range(len(rates)):  # each link in turn
        total = total * rates[i]  # this link's rate times the rate so far
        print(f"After link {i + 1}: rate so far = {round(total, 4)}")  # show the running product
    return total  # the rate from the start to the end of the chain


print("Bike:", chain_rate([3, 2]))  # pedals -> wheel -> distance
print("Three links:", chain_rate([3, 2, 0.5]))  # one more link
print("With a minus:", chain_rate([-2, 1.5]))  # a negative link flips the direction
