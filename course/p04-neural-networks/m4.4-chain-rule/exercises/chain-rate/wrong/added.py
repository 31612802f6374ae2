# expect: You added the rates
def chain_rate(rates):
    total = 0
    for r in rates:
        total = total + r
    return total
