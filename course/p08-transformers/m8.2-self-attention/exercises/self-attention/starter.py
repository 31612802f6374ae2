import math  # math.exp, math.sqrt and -math.inf


def self_attention(X, Wq, Wk, Wv, causal):
    """Return each word's output: the weighted sum of the values, weights from scaled q · k."""
    # Your code here
