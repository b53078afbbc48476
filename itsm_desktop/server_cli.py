"""Command-line administration of a team server: ``upgrade`` its schema, ``copy`` a local
database onto it.

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


def _copy(args: argparse.Namespace) -> int:
    from itsm_desktop.services.team_server import move_to_server, server_backend

    where = server_backend(args.target).describe()
    report = move_to_server(args.source, args.target)
    print(f"Copied {report.total} records from {args.source} to {where}; every record was compared "
          "and is the same.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"upgrade": _upgrade, "copy": _copy}
