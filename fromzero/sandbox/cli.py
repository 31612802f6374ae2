"""`fromzero doctor` and `fromzero sandbox attack-suite FILE`."""

from __future__ import annotations

import argparse
import sys

from fromzero.sandbox import make_runner


def _doctor(args: argparse.Namespace) -> int:
    from fromzero.sandbox.doctor import diagnose

    runner = make_runner(args.runner)
    try:
        lines, all_active = diagnose(runner)
    finally:
        close = getattr(runner, "close", None)
        if close:
            close()
    for line in lines:
        print(line)
    print("all isolation layers active" if all_active else "some isolation layers are MISSING")
    return 0 if all_active else 1


def _attack_suite(args: argparse.Namespace) -> int:
    from fromzero.sandbox.attack_suite import UnisolatedRunner, run_catalogue

    try:
        _, failed = run_catalogue(args.file, lambda: make_runner(args.runner),
                                  emit=lambda line: print(line, flush=True))
    except (OSError, ValueError, SyntaxError, UnisolatedRunner) as e:
        print(f"cannot run the catalogue {args.file}: {e}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def register(subparsers: argparse._SubParsersAction) -> None:
    runner_help = "hardened, subprocess or auto (default: FROMZERO_SANDBOX, else auto)"
    doctor = subparsers.add_parser("doctor", help="show which sandbox isolation layers work here")
    doctor.add_argument("--runner", default=None, help=runner_help)
    doctor.set_defaults(func=_doctor)

    sandbox = subparsers.add_parser("sandbox", help="tools for the learner-code sandbox")
    commands = sandbox.add_subparsers(dest="sandbox_command", metavar="COMMAND")
    sandbox.set_defaults(func=lambda args: (sandbox.print_help(), 2)[1])
    suite = commands.add_parser(
        "attack-suite", help="run an attack catalogue (format of shared/sandbox_attacks.py)")
    suite.add_argument("file", help="the catalogue: a Python file with an ATTACKS list")
    suite.add_argument("--runner", default=None, help=runner_help)
    suite.set_defaults(func=_attack_suite)
