def power(base, n):
    """Return base to the power n, using a loop."""
    answer = 1  # start at 1: multiplying by 1 changes nothing
    for i in range(n):  # repeat n times
        answer = answer * base  # multiply by the base once more
    return answer  # after the loop, hand back the answer


def story(rounds):
    """Return 2 to the power rounds."""
    return power(2, rounds)  # each round doubles the number of people
