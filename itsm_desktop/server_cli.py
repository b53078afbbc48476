"""Command-line administration of a team server: ``upgrade`` its schema, ``copy`` a local
database onto it, ``setup-roles`` and ``grant`` its editors and viewers.

``cli.py`` adds these subcommands with :func:`add_commands` and runs them from ``COMMANDS``.
Addresses are shown without their password.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from itsm_desktop.domain.errors import ItsmError

EXIT_OK = 0


def add_commands(commands: Any) -> None:
    """Add the team server subcommands to the ``commands`` subparsers."""
    commands.add_parser("upgrade", help="set up an empty team server database, or bring its schema to "
                                        "this version after keeping a copy (the server's administrator)")
    commands.add_parser("setup-roles", help="create the team server's editors and viewers roles and "
                                            "their grants (the owner of its tables; safe to run again)")
    grant = commands.add_parser("grant", help="make a server user an editor (reads and saves) or a viewer "
                                              "(reads, searches and prints only)")
    role = grant.add_mutually_exclusive_group(required=True)
    role.add_argument("--editor", metavar="NAME", help="the server user who may save records")
    role.add_argument("--viewer", metavar="NAME", help="the server user who may only read")
    copy = commands.add_parser("copy", help="copy a local database into an empty team server database "
                                            "and compare every record")
    copy.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE",
                      help="the local database file")
    copy.add_argument("--to", dest="target", required=True, metavar="URL",
                      help="the empty server database, e.g. postgresql://user@host/itsm")


def _upgrade(args: argparse.Namespace) -> int:
    from itsm_desktop.services.team_server import server_backend, upgrade_server

    if args.database is None:
        raise ItsmError("Name the server database to upgrade with --database postgresql://user@host/database.")
    where = server_backend(args.database).describe()
    done = upgrade_server(args.database)
    if not done.changed:
        print(f"The database {where} already has this version's schema ({done.after}); nothing was changed.")
    elif done.before is None:
        print(f"Set up the database {where} with schema {done.after}.")
    else:
        print(f"Upgraded the database {where} from schema {done.before} to {done.after}.")
        print(f"The database as it was before is kept as {done.kept}.")
    return EXIT_OK


def _server_of(args: argparse.Namespace, doing: str) -> Any:
    from itsm_desktop.services.team_server import server_backend

    if args.database is None:
        raise ItsmError(f"Name the server database to {doing} with --database postgresql://user@host/database.")
    return server_backend(args.database)


def _setup_roles(args: argparse.Namespace) -> int:
    from itsm_desktop.store.backends.postgresql_roles import EDITORS, VIEWERS, setup_roles

    backend = _server_of(args, "set up roles on")
    setup_roles(backend)
    print(f"The database {backend.describe()} has its roles: members of {EDITORS} read and save, "
          f"members of {VIEWERS} only read. Add people with itsm-desktop grant --editor NAME or --viewer NAME.")
    return EXIT_OK


def _grant(args: argparse.Namespace) -> int:
    from itsm_desktop.store.backends.postgresql_roles import Role, grant

    backend = _server_of(args, "grant a role on")
    role, user = (Role.EDITOR, args.editor) if args.editor is not None else (Role.VIEWER, args.viewer)
    grant(backend, user, role)
    what = "an editor (reads and saves)" if role is Role.EDITOR else "a viewer (reads, searches and prints only)"
    print(f"The user {user} is now {what} of {backend.describe()}.")
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    from itsm_desktop.services.team_server import move_to_server, server_backend

    where = server_backend(args.target).describe()
    report = move_to_server(args.source, args.target)
    print(f"Copied {report.total} records from {args.source} to {where}; every record was compared "
          "and is the same.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "upgrade": _upgrade, "copy": _copy, "setup-roles": _setup_roles, "grant": _grant}
