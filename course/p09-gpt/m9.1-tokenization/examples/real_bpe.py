# The course's own byte-pair tokenizer: same idea, ready-made.
from fromzero.scratch.tokenizers import BPETokenizer  # the tokenizer class from Part 9

tok = BPETokenizer()  # an empty tokenizer: it knows only the 256 bytes
learned = tok.train("low lower lowest low", vocab_size=259)  # 259 - 256 = 3 merges
print("merges learned:", learned)  # the same three pairs as our own code
print("vocabulary size:", tok.vocab_size)  # 256 bytes + 3 new tokens

ids = tok.encode("slower")  # cut a new word into tokens
print("ids of 'slower':", ids)  # s, low, e, r
print("pieces:", [tok.vocab[i] for i in ids])  # the bytes each id stands for
print("decoded:", tok.decode(ids))  # and back to text
print("'🙂' still works:", tok.encode("🙂"))  # no merges fit, so its 4 bytes stay 4 tokens
