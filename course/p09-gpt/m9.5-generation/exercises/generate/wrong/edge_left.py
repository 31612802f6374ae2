# expect: exactly on the edge between two slices
def generate(next_chances, start, n, rng_values):
    words = [start]
    for i in range(n):
        running = 0.0
        for word, chance in next_chances[words[-1]].items():
            running += chance
            if rng_values[i] <= running:
                break
        words.append(word)
    return words
