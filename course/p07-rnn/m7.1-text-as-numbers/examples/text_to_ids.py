# Text to numbers from scratch: a vocabulary, encode, decode and a one-hot row.
text = "hello world"  # the text we want to turn into numbers

chars = sorted(set(text))  # set keeps one of each character; sorted puts them in order
print("different characters:", chars)  # a space sorts before the letters
print("vocabulary size:", len(chars))  # how many different characters there are

vocab = {}  # a dictionary: character -> id
for i in range(len(chars)):  # every position in the sorted list
    vocab[chars[i]] = i  # the position is the character's id
    print(f"{chars[i]!r} -> {i}")  # show each pair; repr shows the space as ' '

ids = []  # encode: the id of each character, in order
for ch in text:  # walk along the text
    ids.append(vocab[ch])  # look the character up
print("encoded:", ids)  # the text as numbers

back = {}  # to decode, turn the dictionary round: id -> character
for ch in vocab:  # every character in the vocabulary
    back[vocab[ch]] = ch  # its id now points back to it
word = ""  # decode: start with an empty text
for i in [7, 5, 6, 1]:  # some ids to turn back into characters
    word = word + back[i]  # add the character with this id
print("decoded [7, 5, 6, 1]:", word)  # four ids, four characters

again = ""  # the round trip: decode the ids of the whole text
for i in ids:  # every id we made above
    again = again + back[i]  # its character
print("round trip gives back the text:", again == text)  # True: nothing was lost

row = [0] * len(chars)  # one-hot: one box per character in the vocabulary
row[vocab["o"]] = 1  # a 1 in the box of the character o
print("one-hot row of 'o':", row)  # what a network would eat for o
