# expect: You always took the most likely word
def generate(next_chances, start, n, rng_values):
    words = [start]
    for i in range(n):
        row = next_chances[words[-1]]
        words.append(max(row, key=row.get))
    return words
