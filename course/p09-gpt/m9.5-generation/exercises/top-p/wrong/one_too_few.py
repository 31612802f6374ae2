# expect: You kept one token too few
def top_p(chances, p):
    order = sorted(range(len(chances)), key=lambda i: -chances[i])
    kept = []
    running = 0.0
    for i in order:
        if running + chances[i] > p:
            break
        kept.append(i)
        running += chances[i]
    return [chances[i] / running if i in kept else 0.0 for i in range(len(chances))]
