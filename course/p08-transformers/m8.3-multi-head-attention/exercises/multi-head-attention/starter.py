import math


def matvec(W, x):
    """Matrix times vector, as in m8.2: each row of W dotted with x gives one number."""
    return [sum(w * n for w, n in zip(row, x)) for row in W]


def one_head(X, W_q, W_k, W_v):
    """One attention head (from m8.2): one output per token, each as long as a value."""
    q = [matvec(W_q, x) for x in X]  # each token's query: W_q times its embedding
    k = [matvec(W_k, x) for x in X]  # each token's key
    v = [matvec(W_v, x) for x in X]  # each token's value
    root = math.sqrt(len(W_q))  # scaling: the square root of the head size (W_q's rows)
    outputs = []
    for qi in q:  # each token asks its question
        scores = [sum(a * b for a, b in zip(qi, kj)) / root for kj in k]
        exps = [math.exp(s) for s in scores]  # softmax, step 1
        weights = [e / sum(exps) for e in exps]  # softmax, step 2: the attention weights
        outputs.append([sum(w * vj[n] for w, vj in zip(weights, v)) for n in range(len(v[0]))])
    return outputs


def multi_head_attention(X, heads, W_o):
    """Run every head, glue each token's outputs end to end, then W_o times each glued list."""
    # Your code here
