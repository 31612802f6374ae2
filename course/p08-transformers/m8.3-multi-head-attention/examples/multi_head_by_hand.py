# Multi-head attention from scratch: split the width, run two small heads side by side,
# glue their outputs end to end, and mix them with W_o. Every step is printed.
import math  # for e to a power (math.exp) and the square root (math.sqrt)


def matvec(w, x):
    """Matrix times vector, as in m8.2: each row of w dotted with x gives one number."""
    answer = []  # the answer, one number at a time
    for row in w:  # one row of w per answer number
        total = 0  # the dot product, built up
        for a, b in zip(row, x):  # walk along the row and the vector together
            total += a * b  # multiply a pair and add it on
        answer.append(total)  # one number of the answer is done
    return answer


def softmax(scores):
    """Turn scores into weights that are above 0 and add up to 1."""
    exps = [math.exp(s) for s in scores]  # e to the power of each score
    total = sum(exps)  # add them up
    return [e / total for e in exps]  # divide each by the total


def one_head(x, w_q, w_k, w_v):
    """One attention head: returns its table of weights and one output per token."""
    q = [matvec(w_q, t) for t in x]  # every token's query: W_q times its embedding
    k = [matvec(w_k, t) for t in x]  # every token's key
    v = [matvec(w_v, t) for t in x]  # every token's value
    size = len(w_q)  # the head size: W_q has one row per query number
    weights = []  # the table of attention weights, one row per token
    outputs = []  # one output per token
    for qi in q:  # each token asks its question
        scores = []  # how well this query matches each key
        for kj in k:  # compare with every token's key
            dot = sum(a * b for a, b in zip(qi, kj))  # the dot product
            scores.append(dot / math.sqrt(size))  # scaling: divide by √(head size)
        row = softmax(scores)  # scores become attention weights
        weights.append(row)  # keep the row for the table
        out = [0.0] * len(v[0])  # start the output at zeros
        for w, vj in zip(row, v):  # each value, with its weight
            out = [o + w * n for o, n in zip(out, vj)]  # add weight × value
        outputs.append(out)  # this token's output from this head
    return weights, outputs


def show(name, rows):
    """Print a table with 4 decimals, one row per line."""
    print(name)  # the table's name
    for row in rows:  # one line per row
        print("  ", [round(n, 4) for n in row])  # rounded to keep it short


# Part 1: share a width of 8 between heads.
width = 8  # how many numbers each embedding has
for heads in [1, 2, 4]:  # try a few head counts
    print(f"{width} numbers, {heads} heads: each head gets {width // heads}")

# Part 2: three tokens with 4 numbers each, and two heads of 2.
x = [[1, 0, 1, 0],  # token 1
     [0, 1, 0, 1],  # token 2
     [1, 1, 0, 0]]  # token 3
head1 = ([[1, 0, 1, 0], [0, 1, 0, 0]],  # W_q of head 1: 2 rows (head numbers) of 4
         [[0, 1, 0, 1], [1, 0, 0, 1]],  # W_k of head 1
         [[1, 0, 0, 1], [0, 1, -1, 0]])  # W_v of head 1
head2 = ([[1, 0, 1, 0], [0, 0, 0, 2]],  # W_q of head 2: different numbers
         [[1, 0, 1, 0], [0, -1, 0, 2]],  # W_k of head 2
         [[0, 1, 0, 1], [1, 0, 1, 0]])  # W_v of head 2
weights1, out1 = one_head(x, *head1)  # run head 1
weights2, out2 = one_head(x, *head2)  # run head 2, side by side
show("head 1 weights (row = token that looks):", weights1)
show("head 2 weights:", weights2)
show("head 1 outputs:", out1)
show("head 2 outputs:", out2)

# Part 3: concatenate each token's two outputs, end to end.
glued = []  # one glued list per token
for a, b in zip(out1, out2):  # the same token's output from each head
    glued.append(a + b)  # + on two lists glues them: 2 numbers + 2 numbers = 4 numbers
show("glued (4 numbers per token):", glued)

# Part 4: mix the glued lists with W_o, one more matrix.
w_o = [[1, 0, 0, 1],  # row 1 of W_o: makes number 1 of each final output
       [0, 1, 0, 0],  # row 2
       [1, 0, 1, 0],  # row 3
       [0, 0, 1, -1]]  # row 4
final = [matvec(w_o, g) for g in glued]  # W_o times each glued list
show("final outputs:", final)
