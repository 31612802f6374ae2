# expect: walked the list in its own order
def top_p(chances, p):
    kept = []
    running = 0.0
    for i in range(len(chances)):
        kept.append(i)
        running += chances[i]
        if running >= p:
            break
    return [chances[i] / running if i in kept else 0.0 for i in range(len(chances))]
