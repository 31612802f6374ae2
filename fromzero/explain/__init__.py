"""Show the work: every number a lesson prints comes from one of these functions.

`explain(concept, **inputs)` returns the steps of a calculation. Lessons render them as worked
examples, the CLI prints them, and `web/src/explain/` mirrors them in TypeScript; the golden
files in `tests/golden/explain/` keep both sides equal.
"""

from __future__ import annotations

from collections.abc import Callable

from fromzero.explain import (
    activations,
    attention,
    autograd,
    backprop,
    batches,
    calculator,
    chain,
    cnn,
    convolution,
    data,
    descent,
    embed,
    exponents,
    functions,
    generation,
    gpt,
    graphs,
    lm_training,
    loss,
    lstm,
    matrices,
    multi_head,
    networks,
    neuron,
    numbers,
    pooling,
    powers,
    probability,
    recurrent,
    regularise,
    self_attention,
    slopes,
    stats,
    text,
    tokenize,
    training,
    transformer,
    vectors,
)
from fromzero.explain.steps import Step, fmt, steps_to_json

CONCEPTS: dict[str, Callable[..., list[Step]]] = {
    "neuron": neuron.neuron,
    "weighted_sum": neuron.weighted_sum,
    "neuron_multi": neuron.neuron_multi,
    "sigmoid": activations.sigmoid,
    "relu": activations.relu,
    "complete_neuron": activations.complete_neuron,
    # Part 1: the basics
    "to_binary": numbers.to_binary,
    "from_binary": numbers.from_binary,
    "float_sum": numbers.float_sum,
    "overflow": numbers.overflow,
    "power": powers.power,
    "sqrt": powers.sqrt,
    "machine": functions.machine,
    "line_point": graphs.line_point,
    "line_table": graphs.line_table,
    "dot": vectors.dot,
    "vector_length": vectors.vector_length,
    "matmul": matrices.matmul,
    "matmul_entry": matrices.matmul_entry,
    "e_limit": exponents.e_limit,
    "exp": exponents.exp,
    "log": exponents.log,
    "mean": stats.mean,
    "variance": stats.variance,
    "std": stats.std,
    "calculate": calculator.calculate,
    # Part 3: teaching a neuron to learn
    "error": loss.error,
    "squared_error": loss.squared_error,
    "neuron_error": loss.neuron_error,
    "mse": loss.mse,
    "data_loss": loss.data_loss,
    "curve_value": slopes.curve_value,
    "rise_over_run": slopes.rise_over_run,
    "curve_rise_run": slopes.curve_rise_run,
    "nudge_slope": slopes.nudge_slope,
    "shortcut_slope": slopes.shortcut_slope,
    "example_loss": descent.example_loss,
    "loss_nudge": descent.loss_nudge,
    "gradient": descent.gradient,
    "descent_step": descent.descent_step,
    "gradient_descent": descent.gradient_descent,
    "descent_table": descent.descent_table,
    "epoch": descent.epoch,
    "train": descent.train,
    # Part 4: neural networks
    "layer": networks.layer,
    "network": networks.network,
    "chain_rule": chain.chain_rule,
    "chain_nudge": chain.chain_nudge,
    "backprop": backprop.backprop,
    "backprop_train": backprop.backprop_train,
    "autograd": autograd.autograd,
    "accuracy": training.accuracy,
    "sigmoid_slope": training.sigmoid_slope,
    # Part 5: batches and epochs
    "batch_count": batches.batch_count,
    "batch_gradient": batches.batch_gradient,
    "confusion_matrix": batches.confusion_matrix,
    # Part 5: scores to chances (m5.2)
    "softmax": probability.softmax,
    "cross_entropy": probability.cross_entropy,
    "mean_cross_entropy": probability.mean_cross_entropy,
    "softmax_slope": probability.softmax_slope,
    # Part 5: real datasets
    "normalise_pixels": data.normalise_pixels,
    "flat_index": data.flat_index,
    "one_hot": data.one_hot,
    # Part 5: overfitting (m5.4)
    "dropout": regularise.dropout,
    "early_stop": regularise.early_stop,
    "shift_grid": regularise.shift_grid,
    # Part 6: building a CNN (m6.3)
    "cnn_shapes": cnn.cnn_shapes,
    "conv_params": cnn.conv_params,
    "dense_params": cnn.dense_params,
    "cnn_params": cnn.cnn_params,
    "mlp_params": cnn.mlp_params,
    # Part 6: convolution (m6.1)
    "conv_position": convolution.conv_position,
    "convolve": convolution.convolve,
    "conv_output_size": convolution.conv_output_size,
    # Part 6: stride, padding and pooling (m6.2)
    "conv_size": pooling.conv_size,
    "max_pool": pooling.max_pool,
    "channel_sum": pooling.channel_sum,
    # Part 7: text as numbers (m7.1)
    "vocabulary": text.vocabulary,
    "encode": text.encode,
    "bigram_counts": text.bigram_counts,
    # Part 7: recurrent networks (m7.2)
    "tanh": recurrent.tanh,
    "rnn_step": recurrent.rnn_step,
    "rnn_sequence": recurrent.rnn_sequence,
    "rnn_vector_step": recurrent.rnn_vector_step,
    "slope_through_time": recurrent.slope_through_time,
    # Part 7: LSTMs (m7.3)
    "gate": lstm.gate,
    "lstm_step": lstm.lstm_step,
    "memory_after": lstm.memory_after,
    # Part 8: self-attention (m8.2)
    "qkv": self_attention.qkv,
    "self_attention": self_attention.self_attention,
    "scaled_softmax": self_attention.scaled_softmax,
    # Part 8: multi-head attention (m8.3)
    "head_split": multi_head.head_split,
    "concat": multi_head.concat,
    "one_head": multi_head.one_head,
    "multi_head": multi_head.multi_head,
    "attention_params": multi_head.attention_params,
    # Part 8: the transformer block (m8.4)
    "layer_norm": transformer.layer_norm,
    "residual_add": transformer.residual_add,
    "feed_forward": transformer.feed_forward,
    "block_params": transformer.block_params,
    # Part 8: attention (m8.1)
    "attention_scores": attention.attention_scores,
    "attention": attention.attention,
    "weighted_average": attention.weighted_average,
    # Part 9: tokens and byte-pair encoding (m9.1)
    "utf8_bytes": tokenize.utf8_bytes,
    "pair_counts": tokenize.pair_counts,
    "bpe_train": tokenize.bpe_train,
    "bpe_encode": tokenize.bpe_encode,
    # Part 9: embeddings (m9.2)
    "lookup": embed.lookup,
    "one_hot_times_table": embed.one_hot_times_table,
    "cosine_similarity": embed.cosine_similarity,
    "embedding_params": embed.embedding_params,
    # Part 9: the whole GPT (m9.3)
    "gpt_shapes": gpt.gpt_shapes,
    "gpt_params": gpt.gpt_params,
    "llama_params": gpt.llama_params,
    "logits_to_chances": gpt.logits_to_chances,
    # Part 9: training a GPT (m9.4)
    "shift_pairs": lm_training.shift_pairs,
    "uniform_loss": lm_training.uniform_loss,
    "perplexity": lm_training.perplexity,
    "sequence_loss": lm_training.sequence_loss,
    # Part 9: writing text (m9.5)
    "temperature": generation.temperature,
    "top_k_filter": generation.top_k_filter,
    "top_p_filter": generation.top_p_filter,
    "greedy_pick": generation.greedy_pick,
}


class UnknownConcept(KeyError):
    pass


def explain(concept: str, **inputs) -> list[Step]:
    """explain('neuron', x=5, w=0.5, b=1) -> the three steps of a one-input neuron."""
    try:
        fn = CONCEPTS[concept]
    except KeyError:
        raise UnknownConcept(
            f"No worked example is called {concept!r}. Known ones: {', '.join(sorted(CONCEPTS))}."
        ) from None
    return fn(**inputs)


def register(name: str, fn: Callable[..., list[Step]]) -> None:
    """Add a concept (later parts register theirs from their own module)."""
    CONCEPTS[name] = fn


__all__ = ["CONCEPTS", "Step", "explain", "fmt", "register", "steps_to_json"]
