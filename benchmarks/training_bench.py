"""Training benchmarks (figures to report, not tests).

1. mnist-mlp: wall time from a fresh model to >= 97.5 % MNIST test accuracy, using the
   shipped recipe's settings and stopping at the first epoch that reaches the bar.
2. char-gpt: nanoGPT's small CPU config (n_layer 4, n_head 4, n_embd 128, block 64, batch 12,
   2000 iterations, AdamW lr 1e-3 -> 1e-4 cosine, warm-up 100, beta2 0.99, weight decay 0.1 on
   matrices, grad clip 1.0, no dropout, no biases) on tinyshakespeare.txt with nanoGPT's 90/10
   split: final validation loss (nanoGPT reports about 1.88) and the time of
   fromzero.scratch against the same model in PyTorch, run here, on the same batches.

Thread counts must be fixed before numpy or torch start, so every measurement runs in its
own child process (`--part ... --threads N`); the parent prints the table and writes JSON.

    python benchmarks/training_bench.py                     # everything (about 15 minutes)
    python benchmarks/training_bench.py --iters 200         # a quick GPT timing
    python benchmarks/training_bench.py --part mlp --threads 1
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from blas_env import blas_kernel, pin_description, worker_env

REPO = Path(__file__).resolve().parents[1]
TINY_SHAKESPEARE = REPO.parent / "shared" / "data" / "tinyshakespeare.txt"
MLP_BAR = 0.975
NANOGPT = {"n_layer": 4, "n_head": 4, "n_embd": 128, "block_size": 64, "batch_size": 12,
           "lr": 1e-3, "min_lr": 1e-4, "warmup": 100, "beta2": 0.99, "weight_decay": 0.1,
           "clip": 1.0, "eval_iters": 20}


# -- 1. mnist-mlp to 97.5 % --------------------------------------------------------------


class _ReachedBar(Exception):
    pass


def bench_mlp() -> dict[str, Any]:
    from fromzero.training import data, engine
    from fromzero.training.presets import validate
    from fromzero.training.recipes import RECIPES

    t0 = time.perf_counter()
    data.image_set("mnist", 60_000)  # loading and normalising is timed on its own
    load_s = time.perf_counter() - t0
    params = validate("mnist-mlp", RECIPES["mnist-mlp"].settings)
    reached: dict[str, Any] = {}

    def watch(event: dict[str, Any]) -> None:
        if event["kind"] == "epoch" and event["test_accuracy"] >= MLP_BAR:
            reached.update(epoch=event["epoch"], test_accuracy=event["test_accuracy"])
            raise _ReachedBar

    started = time.perf_counter()
    try:
        engine.train("mnist-mlp", params, watch, schedule="cosine")
    except _ReachedBar:
        pass
    seconds = time.perf_counter() - started
    return {"seconds_to_bar": round(seconds, 2), "data_load_s": round(load_s, 2),
            "bar": MLP_BAR, **reached}


# -- 2. char-gpt, nanoGPT's CPU config ------------------------------------------------------


def _shakespeare_ids() -> tuple[Any, Any, int]:
    import numpy as np

    text = TINY_SHAKESPEARE.read_text(encoding="utf-8")
    vocab = sorted(set(text))
    lookup = {ch: i for i, ch in enumerate(vocab)}
    ids = np.array([lookup[ch] for ch in text], dtype=np.int64)  # (N,)
    cut = int(0.9 * len(ids))  # nanoGPT's prepare.py: first 90 % train, last 10 % val
    return ids[:cut], ids[cut:], len(vocab)


def _batches(tokens: Any, iters: int, seed: int) -> list[tuple[Any, Any]]:
    """The same random windows for both implementations."""
    import numpy as np

    from fromzero.scratch.data import lm_batch

    rng = np.random.default_rng(seed)
    return [lm_batch(tokens, NANOGPT["block_size"], NANOGPT["batch_size"], rng)
            for _ in range(iters)]


def _lr(it: int, iters: int) -> float:
    warmup, lr, min_lr = NANOGPT["warmup"], NANOGPT["lr"], NANOGPT["min_lr"]
    if it < warmup:
        return lr * (it + 1) / (warmup + 1)
    progress = (it - warmup) / max(1, iters - warmup)
    return min_lr + 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress))) * (lr - min_lr)


def bench_gpt_scratch(iters: int) -> dict[str, Any]:
    import numpy as np

    from fromzero.scratch import nn, optim
    from fromzero.scratch.models import GPT, GPTConfig
    from fromzero.scratch.tensor import no_grad

    train, val, vocab = _shakespeare_ids()
    nn.init.manual_seed(1337)
    cfg = NANOGPT
    model = GPT(GPTConfig(block_size=cfg["block_size"], vocab_size=vocab,
                          n_layer=cfg["n_layer"], n_head=cfg["n_head"], n_embd=cfg["n_embd"],
                          dropout=0.0, bias=False))
    matrices = [p for p in model.parameters() if p.ndim >= 2]
    others = [p for p in model.parameters() if p.ndim < 2]
    # nanoGPT decays only the matrices; norms' weights are left alone
    opts = [optim.AdamW(matrices, lr=cfg["lr"], betas=(0.9, cfg["beta2"]),
                        weight_decay=cfg["weight_decay"]),
            optim.AdamW(others, lr=cfg["lr"], betas=(0.9, cfg["beta2"]), weight_decay=0.0)]
    batches = _batches(train, iters, seed=0)
    started = time.perf_counter()
    for it, (xb, yb) in enumerate(batches):
        for opt in opts:
            opt.lr = _lr(it, iters)
        _, loss = model(xb, yb)  # (B, T, V) logits, scalar loss
        for opt in opts:
            opt.zero_grad()
        loss.backward()
        optim.clip_grad_norm(model.parameters(), cfg["clip"])
        for opt in opts:
            opt.step()
    seconds = time.perf_counter() - started
    losses = []
    model.eval()
    with no_grad():
        for xb, yb in _batches(val, cfg["eval_iters"], seed=1):
            losses.append(float(model(xb, yb)[1].item()))
    return {"seconds": round(seconds, 2), "val_loss": round(float(np.mean(losses)), 4),
            "ms_per_iter": round(1000 * seconds / iters, 1)}


def bench_gpt_torch(iters: int) -> dict[str, Any]:
    import torch
    from torch import nn
    from torch.nn import functional as F

    cfg = NANOGPT
    train, val, vocab = _shakespeare_ids()
    torch.manual_seed(1337)
    C, H, T = cfg["n_embd"], cfg["n_head"], cfg["block_size"]

    class Block(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.ln_1 = nn.LayerNorm(C)
            self.qkv = nn.Linear(C, 3 * C, bias=False)
            self.proj = nn.Linear(C, C, bias=False)
            self.ln_2 = nn.LayerNorm(C)
            self.fc = nn.Linear(C, 4 * C, bias=False)
            self.fc_proj = nn.Linear(4 * C, C, bias=False)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            B, Tx, _ = x.shape
            q, k, v = self.qkv(self.ln_1(x)).split(C, dim=2)  # (B, T, C) each
            q, k, v = (t.view(B, Tx, H, C // H).transpose(1, 2) for t in (q, k, v))  # (B, H, T, D)
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # (B, H, T, D)
            x = x + self.proj(y.transpose(1, 2).reshape(B, Tx, C))  # (B, T, C)
            return x + self.fc_proj(F.gelu(self.fc(self.ln_2(x)), approximate="tanh"))

    class TorchGPT(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wte = nn.Embedding(vocab, C)
            self.wpe = nn.Embedding(T, C)
            self.blocks = nn.ModuleList(Block() for _ in range(cfg["n_layer"]))
            self.ln_f = nn.LayerNorm(C)
            self.head = nn.Linear(C, vocab, bias=False)
            self.head.weight = self.wte.weight  # weight tying, as in nanoGPT
            for p in self.parameters():
                if p.dim() == 2:
                    nn.init.normal_(p, std=0.02)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            x = self.wte(ids) + self.wpe(torch.arange(ids.shape[1]))  # (B, T, C)
            for block in self.blocks:
                x = block(x)
            return self.head(self.ln_f(x))  # (B, T, V)

    model = TorchGPT()
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg["weight_decay"]},
                             {"params": no_decay, "weight_decay": 0.0}],
                            lr=cfg["lr"], betas=(0.9, cfg["beta2"]))
    batches = [(torch.from_numpy(x), torch.from_numpy(y)) for x, y in _batches(train, iters, 0)]
    started = time.perf_counter()
    for it, (xb, yb) in enumerate(batches):
        for group in opt.param_groups:
            group["lr"] = _lr(it, iters)
        logits = model(xb)  # (B, T, V)
        loss = F.cross_entropy(logits.view(-1, vocab), yb.view(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        opt.step()
    seconds = time.perf_counter() - started
    model.eval()
    losses = []
    with torch.no_grad():
        for xb, yb in _batches(val, cfg["eval_iters"], seed=1):
            logits = model(torch.from_numpy(xb))
            losses.append(F.cross_entropy(logits.view(-1, vocab),
                                          torch.from_numpy(yb).view(-1)).item())
    return {"seconds": round(seconds, 2), "val_loss": round(sum(losses) / len(losses), 4),
            "ms_per_iter": round(1000 * seconds / iters, 1), "torch": torch.__version__}


# -- driver -------------------------------------------------------------------------------


def _child(part: str, threads: int, iters: int, pinned_blas: bool) -> dict[str, Any]:
    env = worker_env(threads, pinned_blas)
    cmd = [sys.executable, __file__, "--part", part, "--threads", str(threads),
           "--iters", str(iters), "--json"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_part(part: str, threads: int, iters: int) -> dict[str, Any]:
    if part == "mlp":
        return bench_mlp()
    if part == "gpt-scratch":
        return bench_gpt_scratch(iters)
    if part == "gpt-torch":
        import torch

        torch.set_num_threads(threads)
        return bench_gpt_torch(iters)
    raise SystemExit(f"unknown part {part}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["mlp", "gpt-scratch", "gpt-torch"])
    parser.add_argument("--threads", type=int, default=0, help="0: run 1 and 2 threads")
    parser.add_argument("--iters", type=int, default=2000, help="GPT iterations (2000)")
    parser.add_argument("--json", action="store_true", help="print one JSON line (children)")
    parser.add_argument("--pinned-blas", action="store_true",
                        help="keep OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from this environment "
                             "(by default children drop them; see benchmarks/blas_env.py)")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON")
    args = parser.parse_args()
    if args.part and args.json:
        result = run_part(args.part, args.threads or 1, args.iters)
        print(json.dumps({**result, "blas": blas_kernel()}))
        return 0
    parts = [args.part] if args.part else ["mlp", "gpt-scratch", "gpt-torch"]
    threads = [args.threads] if args.threads else [1, 2]
    results: dict[str, Any] = {"iters": args.iters, "cpu_count": os.cpu_count(),
                               "blas_pin": pin_description(), "pinned_blas": args.pinned_blas}
    print(f"OpenBLAS pin in this environment: {results['blas_pin']}; children "
          f"{'keep' if args.pinned_blas else 'drop'} it", flush=True)
    for part in parts:
        for n in threads:
            print(f"running {part} with {n} thread(s) ...", flush=True)
            results[f"{part}/{n}"] = result = _child(part, n, args.iters, args.pinned_blas)
            print(f"  {json.dumps(result)}", flush=True)
    for n in threads:
        ours, theirs = results.get(f"gpt-scratch/{n}"), results.get(f"gpt-torch/{n}")
        if ours and theirs and "seconds" in ours and "seconds" in theirs:
            ratio = ours["seconds"] / theirs["seconds"]
            results[f"gpt-ratio/{n}"] = round(ratio, 3)
            print(f"char-gpt {n} thread(s): fromzero {ours['seconds']} s (val loss "
                  f"{ours['val_loss']}), PyTorch {theirs['seconds']} s (val loss "
                  f"{theirs['val_loss']}): ratio {ratio:.2f}x (below 1 = fromzero faster)")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
