# expect: The last link is missing
def chain_rate(rates):
    total = 1
    for i in range(len(rates) - 1):
        total = total * rates[i]
    return total
