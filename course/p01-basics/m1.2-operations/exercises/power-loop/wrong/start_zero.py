# expect: Did you start the answer at 0?
def power(base, n):
    answer = 0
    for i in range(n):
        answer = answer * base
    return answer


def story(rounds):
    return power(2, rounds)
