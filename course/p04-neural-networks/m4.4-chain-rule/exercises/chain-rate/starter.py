def chain_rate(rates):
    """Return the product of all the rates: how much the end of the chain moves per 1 at the start."""
    # Your code here
