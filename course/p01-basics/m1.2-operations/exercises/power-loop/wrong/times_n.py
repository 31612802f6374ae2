# expect: You multiplied the base by n
def power(base, n):
    return base * n


def story(rounds):
    return power(2, rounds)
