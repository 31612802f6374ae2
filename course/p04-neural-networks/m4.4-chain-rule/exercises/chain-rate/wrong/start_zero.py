# expect: Start the running product at 1
def chain_rate(rates):
    total = 0
    for r in rates:
        total = total * r
    return total
