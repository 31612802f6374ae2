# expect: Is your return inside the loop?
def power(base, n):
    answer = 1
    for i in range(n):
        answer = answer * base
        return answer
    return answer


def story(rounds):
    return power(2, rounds)
