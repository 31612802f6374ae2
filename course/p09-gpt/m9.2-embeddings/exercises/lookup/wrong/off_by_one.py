# expect: Off by one: you took the row before
def lookup(table, ids):
    result = []
    for i in ids:
        result.append(table[i - 1])
    return result
