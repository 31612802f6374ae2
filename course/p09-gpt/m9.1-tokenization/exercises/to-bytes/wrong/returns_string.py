# expect: You returned text (a string)
def to_bytes(text):
    numbers = list(text.encode("utf-8"))
    return " ".join(str(n) for n in numbers)
