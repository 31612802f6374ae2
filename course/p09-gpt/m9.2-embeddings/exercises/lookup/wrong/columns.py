# expect: You took a column of the table, not a row
def lookup(table, ids):
    return [[row[i] for row in table] for i in ids]
