"""`fromzero train --recipe NAME [--seed S] [--out PATH] [--short]`: train a shipped model.

`fromzero train --reference-curves` re-records the curve of every preset at its defaults,
which the dashboard draws beside a learner's live run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    from fromzero.training.recipes import RECIPES

    parser = subparsers.add_parser(
        "train", help="train a shipped model from its recipe",
        description="Train one of the models shipped with From Zero, reproducibly.")
    parser.add_argument("--recipe", choices=sorted(RECIPES), help="which model to train")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the .npz (default: the package's shipped/ folder)")
    parser.add_argument("--short", action="store_true",
                        help="the quick version used by the tests (less data, fewer steps)")
    parser.add_argument("--reference-curves", action="store_true",
                        help="record every preset's reference curve at its default settings")
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS threads (default 1: steadier and often faster on 2 shared "
                             "cores, see PERF_NOTES.md)")
    parser.set_defaults(func=_train)


def _use_threads(threads: int) -> None:
    """Restart this command with `threads` BLAS threads unless it already has them.

    numpy fixes its thread count when it is first imported, which has already happened by the
    time the arguments are read, so the only reliable way is a fresh process.
    """
    wanted = str(max(1, threads))
    if os.environ.get("OPENBLAS_NUM_THREADS") == wanted:
        return
    env = dict(os.environ, OPENBLAS_NUM_THREADS=wanted, OMP_NUM_THREADS=wanted,
               MKL_NUM_THREADS=wanted)
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, "-m", "fromzero.cli", *sys.argv[1:]], env)


def _train(args: argparse.Namespace) -> int:
    from fromzero.training.data import DataMissing
    from fromzero.training.recipes import RECIPES, passes, run_recipe
    from fromzero.training.reference import record_reference_curves

    _use_threads(args.threads)
    if args.reference_curves:
        path = record_reference_curves()
        print(f"Wrote {path}")
        return 0
    if not args.recipe:
        print("Name a recipe: fromzero train --recipe NAME, where NAME is one of "
              f"{', '.join(sorted(RECIPES))}.", file=sys.stderr)
        return 2
    recipe = RECIPES[args.recipe]
    if args.short:
        print(f"Training the short {recipe.name} recipe (seed {args.seed}): the same code on "
              f"less data and fewer steps, aiming for {recipe.metric} {recipe.short_bar}.")
    else:
        print(f"Training the {recipe.name} recipe (seed {args.seed}): {recipe.notes}")
    try:
        metrics, path = run_recipe(args.recipe, seed=args.seed, out=args.out, short=args.short)
    except DataMissing as missing:
        print(missing, file=sys.stderr)
        return 1
    shown = {k: v for k, v in metrics.items() if k not in ("settings", "notes", "sample")}
    print(json.dumps(shown, indent=2))
    if "sample" in metrics:
        print("Sample:\n" + metrics["sample"])
    if path is not None:
        print(f"Saved {path} ({path.stat().st_size / 1e6:.2f} MB)")
    bar = recipe.short_bar if args.short else recipe.bar
    ok = passes(recipe, metrics, args.short)
    word = "reached" if ok else "did NOT reach"
    print(f"{recipe.metric} = {metrics[recipe.metric]:.4f}: {word} the bar of {bar}.")
    return 0 if ok else 1
