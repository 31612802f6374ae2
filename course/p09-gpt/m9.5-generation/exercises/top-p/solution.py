def top_p(chances, p):
    """Keep the fewest biggest chances that add up to at least p; make them add up to 1."""
    order = sorted(range(len(chances)), key=lambda i: -chances[i])  # biggest first
    kept = []  # the positions we keep
    running = 0.0  # the running total of the kept chances
    for i in order:  # from the most likely token down
        kept.append(i)  # keep this token
        running += chances[i]  # add its chance
        if running >= p:  # enough: the kept tokens hold at least p of the chance
            break
    return [chances[i] / running if i in kept else 0.0 for i in range(len(chances))]  # add up to 1
