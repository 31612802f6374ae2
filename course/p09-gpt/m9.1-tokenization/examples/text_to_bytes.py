# Text to bytes and back: how a computer stores letters, accents and emoji.
for ch in ["a", "é", "🙂"]:  # a plain letter, a letter with an accent, an emoji
    data = ch.encode("utf-8")  # encode: the character as bytes, the way files store it
    numbers = list(data)  # each byte is a whole number from 0 to 255
    print(ch, "->", numbers, "=", len(numbers), "byte(s)")  # show the numbers and the count

text = "café 🙂"  # a short text with all three kinds of character
data = text.encode("utf-8")  # the whole text as bytes
print("characters:", len(text))  # how many characters we see
print("bytes:", len(data))  # how many bytes the computer keeps
print("byte values:", list(data))  # é and 🙂 each take more than one byte

print("first byte in bits:", format(data[0], "08b"))  # a byte is 8 bits: c is 99
print("back to text:", data.decode("utf-8"))  # decode: bytes back into the same text
print("round trip works:", data.decode("utf-8") == text)  # True: nothing was lost
