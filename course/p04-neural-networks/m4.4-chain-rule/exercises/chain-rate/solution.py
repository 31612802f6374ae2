def chain_rate(rates):
    """Return the product of all the rates."""
    total = 1  # a safe start for a product
    for r in rates:  # every link
        total = total * r  # multiply its rate in
    return total
