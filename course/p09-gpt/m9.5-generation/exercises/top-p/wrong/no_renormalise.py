# expect: forgot to renormalise
def top_p(chances, p):
    order = sorted(range(len(chances)), key=lambda i: -chances[i])
    kept = []
    running = 0.0
    for i in order:
        kept.append(i)
        running += chances[i]
        if running >= p:
            break
    return [chances[i] if i in kept else 0.0 for i in range(len(chances))]
