# expect: You dropped the minus sign
def chain_rate(rates):
    total = 1
    for r in rates:
        total = total * abs(r)
    return total
