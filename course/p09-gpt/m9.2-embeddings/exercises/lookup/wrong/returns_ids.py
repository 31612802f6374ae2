# expect: You returned the ids themselves
def lookup(table, ids):
    result = []
    for i in ids:
        result.append(i)
    return result
