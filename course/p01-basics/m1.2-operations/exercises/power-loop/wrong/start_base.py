# expect: One multiplication too many
def power(base, n):
    answer = base
    for i in range(n):
        answer = answer * base
    return answer


def story(rounds):
    return power(2, rounds)
