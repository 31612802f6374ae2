"""The `fromzero` command: serve the platform, check the course, and the tools around them.

Each part of the package adds its own sub-commands through a `register(subparsers)` function,
so this file stays a list of parts, not a switch of everything.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules that add sub-commands. Each has `register(subparsers) -> None`; a command's parser
# sets `func`, which receives the parsed arguments and returns the exit code.
COMMAND_MODULES = (
    "fromzero.server.cli",
    "fromzero.course.cli",
    "fromzero.grading.cli",
    "fromzero.sandbox.cli",
    "fromzero.datasets.cli",
    "fromzero.training.cli",
    "fromzero.store.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fromzero", description="From Zero: learn AI from the very first number."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:  # that part is not built in this checkout
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
