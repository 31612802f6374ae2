# expect: should return
def is_broken(value):
    return value == float("nan") or value == float("inf") or value == float("-inf")
