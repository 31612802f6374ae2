"""Worked steps for the whole GPT (m9.3): the shape after every stage, the parameter count of
a GPT and of a Llama-style model (SmolLM2), and the language model head's logits turned into
chances for the next token.

Symbols, as in fromzero/scratch/models/gpt.py: B texts in a batch, T tokens per text,
C numbers per token, V tokens in the vocabulary, H attention heads.
The TS mirror is web/src/explain/gpt.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import softmax_steps
from fromzero.explain.steps import Step, fmt
from fromzero.explain.text import show_char


def _whole(name: str, v: float) -> int:
    if v != int(v) or v < 1:
        raise ValueError(f"{name} is a whole number of 1 or more: got {v}.")
    return int(v)


def _shape(*sizes: int) -> str:
    """_shape(1, 7, 128) -> '(1, 7, 128)'."""
    return "(" + ", ".join(str(s) for s in sizes) + ")"


def gpt_shapes(V: int, C: int, n_layer: int, n_head: int, T: int, B: int = 1) -> list[Step]:
    """The shape after every stage of a GPT, from token ids to the next token's chances.

    gpt_shapes(76, 128, 4, 4, 7) -> (1, 7), (1, 7, 128), ..., (1, 7, 76), then 76 chances.
    Each step's value is how many numbers that stage holds.
    """
    V, C, L, H = _whole("V", V), _whole("C", C), _whole("n_layer", n_layer), _whole("n_head", n_head)
    T, B = _whole("T", T), _whole("B", B)
    if C % H != 0:
        raise ValueError(f"C = {C} does not divide into {H} heads: pick C and n_head so that "
                         "C ÷ n_head is a whole number.")
    hs = C // H
    steps = [
        Step(f"Token ids: {B} text of {T} tokens, one whole number each." if B == 1 else
             f"Token ids: {B} texts of {T} tokens, one whole number each.",
             f"(B, T) = {_shape(B, T)}", B * T),
        Step(f"Token embedding: each id looks up its row of {C} numbers.",
             f"{_shape(B, T)} → {_shape(B, T, C)}", B * T * C),
        Step(f"Position embedding: place 0 to {T - 1} each look up a row of {C}, added on top.",
             f"{_shape(B, T, C)} + {_shape(T, C)} = {_shape(B, T, C)}", B * T * C),
        Step(f"Inside attention: {H} heads, each with {C} ÷ {H} = {hs} numbers per token.",
             f"{_shape(B, T, C)} → {_shape(B, H, T, hs)}", B * H * T * hs),
        Step(f"Each head scores every place against every place: a {T} × {T} table, "
             "masked so no place looks ahead.", f"{_shape(B, H, T, T)}", B * H * T * T),
        Step("The heads are glued back together.", f"{_shape(B, H, T, hs)} → {_shape(B, T, C)}",
             B * T * C),
        Step(f"Inside the feed-forward layer: {C} × 4 = {4 * C} numbers per token, then back.",
             f"{_shape(B, T, 4 * C)} → {_shape(B, T, C)}", B * T * C),
        Step(f"After all {L} blocks the shape is still the same.", f"{_shape(B, T, C)}",
             B * T * C),
        Step("Final layer norm: the shape does not change.", f"{_shape(B, T, C)}", B * T * C),
        Step(f"Language model head: {C} numbers in, {V} logits out, at every place.",
             f"{_shape(B, T, C)} → {_shape(B, T, V)}", B * T * V),
        Step("Softmax turns each place's logits into chances.", f"{_shape(B, T, V)}", B * T * V),
        Step("The last place's chances are the guess for the next token.",
             f"{_shape(B, T, V)} → {_shape(B, V)}", B * V),
    ]
    return steps


GPT_PARTS = ("token_table", "position_table", "block", "blocks", "final_norm", "head", "total")


def gpt_params(V: int, C: int, n_layer: int, T: int, bias: bool = True, tied: bool = True,
               show: str = "total") -> list[Step]:
    """How many numbers a GPT learns, part by part (fromzero.scratch.models.GPT's layout).

    Token table V × C, position table T × C; each block: attention 4C² + 4C, feed-forward
    8C² + 5C, two norms 4C (with bias=False the layers drop their 4C + 5C biases, the norms
    keep theirs); final norm 2C; the head C × V, or 0 new numbers when it is tied to the token
    table (it reuses that table, as GPT-2 and our char-gpt do).
    gpt_params(76, 128, 4, 128) -> 9728 + 16384 + 4 × 198272 + 256 + 0 = 819456.
    show names one part to end on instead of the total.
    """
    V, C, L, T = _whole("V", V), _whole("C", C), _whole("n_layer", n_layer), _whole("T", T)
    if show not in GPT_PARTS:
        raise ValueError(f"show is one of {', '.join(GPT_PARTS)}: got {show!r}.")
    tok = V * C
    pos = T * C
    attn = 4 * C * C + (4 * C if bias else 0)
    ff = 8 * C * C + (5 * C if bias else 0)
    norms = 4 * C
    block = attn + ff + norms
    blocks = L * block
    final = 2 * C
    head = 0 if tied else C * V
    total = tok + pos + blocks + final + head
    attn_expr = f"4 × {C} × {C} + 4 × {C} = {attn}" if bias else f"4 × {C} × {C} = {attn}"
    ff_expr = f"8 × {C} × {C} + 5 × {C} = {ff}" if bias else f"8 × {C} × {C} = {ff}"
    steps = [
        Step(f"Token table: one row of {C} numbers for each of the {V} tokens.",
             f"{V} × {C} = {tok}", tok),
        Step(f"Position table: one row of {C} numbers for each of the {T} places.",
             f"{T} × {C} = {pos}", pos),
        Step("One block's attention: query, key, value and output layers"
             + (", with their biases." if bias else ", no biases."), attn_expr, attn),
        Step("One block's feed-forward layer: C to 4C and back"
             + (", with their biases." if bias else ", no biases."), ff_expr, ff),
        Step("One block's two layer norms, each with a γ and a β per number.",
             f"4 × {C} = {norms}", norms),
        Step("One whole block.", f"{attn} + {ff} + {norms} = {block}", block),
        Step(f"All {L} blocks.", f"{L} × {block} = {blocks}", blocks),
        Step("The final layer norm.", f"2 × {C} = {final}", final),
        Step("The head reuses the token table, so it adds no new numbers." if tied else
             f"The head: {V} rows of {C} weights, one row per token.",
             "0" if tied else f"{C} × {V} = {head}", head),
        Step("Add the parts: the whole GPT.",
             f"{tok} + {pos} + {blocks} + {final} + {head} = {total}", total),
    ]
    if show != "total":
        picked = {"token_table": tok, "position_table": pos, "block": block, "blocks": blocks,
                  "final_norm": final, "head": head}[show]
        label = {"token_table": "the token table", "position_table": "the position table",
                 "block": "one block", "blocks": "all the blocks",
                 "final_norm": "the final norm", "head": "the head"}[show]
        steps.append(Step(f"So {label} holds:", f"{picked}", picked))
    return steps


LLAMA_PARTS = ("embedding", "attention", "feed_forward", "block", "blocks", "total")


def llama_params(V: int, C: int, n_layer: int, n_head: int, n_kv_head: int, ffn_dim: int,
                 show: str = "total") -> list[Step]:
    """How many numbers a Llama-style model learns (fromzero.scratch.models.Llama's layout).

    No biases, no position table (RoPE), keys and values shared by groups of heads (GQA),
    a SwiGLU feed-forward with three C × ffn_dim matrices, RMSNorms with one scale per number,
    and a head tied to the token table. SmolLM2-135M: V 49152, C 576, 30 blocks, 9 heads,
    3 key/value heads, ffn_dim 1536 -> 134515008.
    """
    V, C, L = _whole("V", V), _whole("C", C), _whole("n_layer", n_layer)
    H, K, F = _whole("n_head", n_head), _whole("n_kv_head", n_kv_head), _whole("ffn_dim", ffn_dim)
    if show not in LLAMA_PARTS:
        raise ValueError(f"show is one of {', '.join(LLAMA_PARTS)}: got {show!r}.")
    if C % H != 0 or H % K != 0:
        raise ValueError(f"C = {C} must divide into {H} heads, and the {H} heads into {K} "
                         "groups.")
    hs = C // H
    kv = K * hs
    emb = V * C
    qo = 2 * C * C
    kv_w = 2 * C * kv
    attn = qo + kv_w
    ff = 3 * C * F
    norms = 2 * C
    block = attn + ff + norms
    blocks = L * block
    final = C
    total = emb + blocks + final
    steps = [
        Step(f"Token table: {V} tokens, {C} numbers each. The head reuses it.",
             f"{V} × {C} = {emb}", emb),
        Step(f"Query and output layers: {C} × {C} each.", f"2 × {C} × {C} = {qo}", qo),
        Step(f"Key and value layers: only {K} heads of {C} ÷ {H} = {hs}, so {kv} numbers out.",
             f"2 × {C} × {kv} = {kv_w}", kv_w),
        Step("One block's attention.", f"{qo} + {kv_w} = {attn}", attn),
        Step(f"One block's SwiGLU feed-forward: three {C} × {F} matrices.",
             f"3 × {C} × {F} = {ff}", ff),
        Step("One block's two RMSNorms: one scale per number, no shift.",
             f"2 × {C} = {norms}", norms),
        Step("One whole block.", f"{attn} + {ff} + {norms} = {block}", block),
        Step(f"All {L} blocks.", f"{L} × {block} = {blocks}", blocks),
        Step("The final RMSNorm.", f"{C}", final),
        Step("Add the parts: the whole model.", f"{emb} + {blocks} + {final} = {total}", total),
    ]
    if show != "total":
        picked = {"embedding": emb, "attention": attn, "feed_forward": ff, "block": block,
                  "blocks": blocks}[show]
        label = {"embedding": "the token table", "attention": "one block's attention",
                 "feed_forward": "one block's feed-forward layer", "block": "one block",
                 "blocks": "all the blocks"}[show]
        steps.append(Step(f"So {label} holds:", f"{picked}", picked))
    return steps


def logits_to_chances(logits: Sequence[float], tokens: Sequence[str],
                      show: int | None = None) -> list[Step]:
    """Softmax over the head's logits, labelled with the tokens they score.

    logits_to_chances([2, 1, 0], ['a', 'b', 'c']): e^2 = 7.3891, e^1 = 2.7183, e^0 = 1,
    total 11.1073, so a gets 0.6652. The final value is the chance of the first token;
    show=i ends on token i instead.
    """
    values = [float(v) for v in logits]
    if not values:
        raise ValueError("logits_to_chances needs at least one logit.")
    if len(tokens) != len(values):
        raise ValueError(f"There are {len(values)} logits but {len(tokens)} tokens: give one "
                         "token for each logit.")
    names = [show_char(str(t)) for t in tokens]
    steps, chances = softmax_steps(
        values, lambda i: f"Token {names[i]}: e to the power of its logit.", "Add them all up.",
        lambda i: f"Token {names[i]}: divide by the total. That is its chance.", power=math.exp)
    k = 0 if show is None else int(show)
    if show is not None and (show != k or not 0 <= k < len(values)):
        raise ValueError(f"show picks a token from 0 to {len(values) - 1}: got {show}.")
    steps.append(Step(f"So the chance of {names[k]} is:", f"{fmt(chances[k])}", chances[k]))
    return steps
