"""`fromzero db upgrade`, `fromzero verify CODE`, `fromzero accounts create-teacher`."""

from __future__ import annotations

import getpass
import sys


def register(subparsers) -> None:
    db = subparsers.add_parser("db", help="server storage (accounts, progress)")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION")
    up = db_commands.add_parser("upgrade", help="create or update the tables (Alembic)")
    up.set_defaults(func=_upgrade)
    db.set_defaults(func=lambda _args: db.print_help() or 2)

    verify = subparsers.add_parser("verify", help="say whether a certificate code is genuine")
    verify.add_argument("code", help="the code printed on the certificate, FZ-...")
    verify.set_defaults(func=_verify)

    accounts = subparsers.add_parser("accounts", help="manage accounts on this server")
    account_commands = accounts.add_subparsers(dest="accounts_command", metavar="ACTION")
    teacher = account_commands.add_parser("create-teacher", help="make a teacher account")
    teacher.add_argument("--email", required=True)
    teacher.add_argument("--name", required=True, help="shown to the class")
    teacher.add_argument("--password-stdin", action="store_true",
                         help="read the password from standard input instead of asking")
    teacher.set_defaults(func=_create_teacher)
    accounts.set_defaults(func=lambda _args: accounts.print_help() or 2)


def _settings():
    from fromzero.server.settings import get_settings

    return get_settings()


def _upgrade(_args) -> int:
    from fromzero.store.db import database_url, upgrade

    url = database_url(_settings())
    upgrade(url)
    shown = url.split("@")[-1] if "@" in url else url  # never print a password in the URL
    print(f"The database is up to date ({shown}).")
    return 0


def _verify(args) -> int:
    from fromzero.store import open_store
    from fromzero.store.certificates import verify
    from fromzero.store.db import secret_key

    settings = _settings()
    verdict = verify(open_store(settings), secret_key(settings), args.code)
    print(verdict.message)
    return 0 if verdict.genuine else 1


def _create_teacher(args) -> int:
    from fromzero.store import StoreError, open_store
    from fromzero.store.security import password_problem

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password for the teacher account: ")
        if getpass.getpass("The same password again: ") != password:
            print("The two passwords differ; nothing was created. Run the command again.",
                  file=sys.stderr)
            return 1
    problem = password_problem(password)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        user = open_store(_settings()).create_user(args.email, args.name, password, "teacher")
    except StoreError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"Teacher account {user.email} created. Start the server with "
          "`fromzero serve --accounts` and sign in.")
    return 0
