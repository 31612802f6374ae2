# expect: The start word is missing
def generate(next_chances, start, n, rng_values):
    words = []
    last = start
    for i in range(n):
        running = 0.0
        for word, chance in next_chances[last].items():
            running += chance
            if rng_values[i] < running:
                break
        words.append(word)
        last = word
    return words
