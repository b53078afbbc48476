"""Command line: start the GUI, or run a headless command and exit."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from itsm_desktop import APP_NAME, __version__, exchange_cli, server_cli, service_levels_cli
from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.languages import LANGUAGE_CODES, DocumentLanguage

if TYPE_CHECKING:
    from itsm_desktop.services.printing import ExportedAgreement

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def locale_language() -> DocumentLanguage:
    """The document language of the user's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``),
    English when it is none of ours."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return DocumentLanguage.parse(os.environ[name])
    return DocumentLanguage.ENGLISH


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one sentence on stderr, exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        if message.startswith("argument COMMAND: invalid choice"):
            message = "unknown command " + message.split("invalid choice: ", 1)[1]
        self.exit(EXIT_USAGE, f"{self.prog}: {message[:1].upper()}{message[1:]}. "
                              f"See '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="itsm-desktop", description=f"{APP_NAME}: service catalog, "
                     "stakeholders and printable service level agreements.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--database", metavar="PATH|URL",
                        help="the database file to use (default: in your user data folder), or a team "
                             "server's database: postgresql://user@host/database (the password from "
                             "~/.pgpass, never needed in the address)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with the sample portfolio before starting")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("load-demo", help="fill an empty database with the sample portfolio, then exit")
    sla = commands.add_parser("export-sla", help="write an agreement as a PDF document")
    sla.add_argument("reference", help="the agreement's reference, e.g. SLA-2026-004")
    sla.add_argument("--revision", type=int, help="a revision other than the current one")
    sla.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF file to write")
    sla.add_argument("--page-size", choices=("A4", "Letter"), help="paper size (default: from your locale)")
    sla.add_argument("--language", choices=LANGUAGE_CODES,
                     help="the language to print in (default: the agreement's own)")
    cat = commands.add_parser("export-catalog", help="write the live service catalog as a PDF document")
    cat.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the PDF file to write")
    cat.add_argument("--page-size", choices=("A4", "Letter"), help="paper size (default: from your locale)")
    cat.add_argument("--language", choices=LANGUAGE_CODES,
                     help="the language to print in (default: from your locale, else English)")
    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the backup file")
    commands.add_parser("check", help="check the database's integrity; exit 0 only when healthy")
    restore = commands.add_parser("restore", help="replace the database by a backup; the current "
                                  "database is kept beside it")
    restore.add_argument("backup", type=Path, metavar="FILE", help="the backup file to restore")
    exchange_cli.add_commands(commands)
    service_levels_cli.add_commands(commands)
    server_cli.add_commands(commands)
    return parser


def _database_path(args: argparse.Namespace) -> str | Path:
    """The database to use: a file path or a URL."""
    from itsm_desktop.store import default_database_path

    return args.database if args.database is not None else default_database_path()


def database_file(target: str | Path) -> Path | None:
    """The local file holding the database ``target`` (None for a server): never an output."""
    from itsm_desktop.store.locations import plain_file

    local = plain_file(target)
    if local is not None:
        return local
    from itsm_desktop.store.backends import backend_for

    return backend_for(target).local_file


def _existing_database(args: argparse.Namespace) -> str | Path:
    """The database a command only reads: it must exist, for opening creates a missing one."""
    from itsm_desktop.store import is_url

    path = _database_path(args)
    if is_url(path) or Path(path).expanduser().exists():
        return path
    if args.database is None:
        raise ItsmError(f"There is no database yet at {path}; start {APP_NAME} or run load-demo "
                        "to create one.")
    raise ItsmError(f"The database {Path(path).expanduser()} does not exist; check the path given "
                    "with --database.")


def _check_output(args: argparse.Namespace, *, export: bool) -> None:
    """Refuse ``-o`` before any work when it names the database, one of its journal files,
    or (for an export) any other file that must not be replaced by a document."""
    from itsm_desktop.services.output_files import database_file_refusal, refusal

    database = database_file(_database_path(args))
    if database is None:  # a server: no file of it can be overwritten here
        reason = refusal(args.output) if export else None
    else:
        reason = (refusal(args.output, protect=[database]) if export
                  else database_file_refusal(args.output, database))
    if reason is not None:
        raise ItsmError(reason)


def _open(args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    from itsm_desktop.store import Database

    return Database.open(_database_path(args) if create else _existing_database(args))


def _load_demo(args: argparse.Namespace) -> int:
    from itsm_desktop.services.demo import load_demo

    with _open(args, create=True) as db:
        counts = load_demo(db)
        summary = ", ".join(f"{n} {what}" for what, n in counts.items())
        print(f"Loaded the sample portfolio into {db.describe()}: {summary}.")
    return EXIT_OK


def _export_sla(args: argparse.Namespace) -> int:
    from itsm_desktop.services.printing import export_agreement_from_file
    from itsm_desktop.store.locations import plain_file

    _check_output(args, export=True)
    local = plain_file(_existing_database(args))
    exported = None
    if local is not None:  # read straight from the file when it is current: a quick start
        exported = export_agreement_from_file(local, reference=args.reference, revision=args.revision,
                                              output=args.output, page_size=args.page_size, language=args.language)
    if exported is None:
        exported = _export_sla_opened(args)
    if exported.untranslated:
        print(f"These clauses have no text in {exported.language} and were printed in "
              f"English: {', '.join(exported.untranslated)}.", file=sys.stderr)
    print(f"Wrote {exported.written}.")
    return EXIT_OK


def _export_sla_opened(args: argparse.Namespace) -> ExportedAgreement:
    """``export-sla`` through the opened database: a server, or a file to upgrade or refuse."""
    _load(STORE)
    from itsm_desktop.services.agreements import find_agreement
    from itsm_desktop.services.clauses import untranslated_clauses
    from itsm_desktop.services.printing import ExportedAgreement, export_agreement_pdf

    with _open(args) as db:
        agreement = find_agreement(db, args.reference, args.revision)
        assert agreement.id is not None
        missing = untranslated_clauses(db, agreement.id, args.language)
        written = export_agreement_pdf(db, reference=args.reference, revision=args.revision,
                                       output=args.output, page_size=args.page_size, language=args.language)
    return ExportedAgreement(written, args.language or agreement.language, missing)


def _export_catalog(args: argparse.Namespace) -> int:
    from itsm_desktop.services.printing import export_catalog_pdf

    _check_output(args, export=True)
    with _open(args) as db:
        written, warnings = export_catalog_pdf(db, output=args.output, page_size=args.page_size,
                                               language=args.language or locale_language().value)
    for warning in warnings:
        print(warning, file=sys.stderr)
    print(f"Wrote {written}.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from itsm_desktop.services.maintenance import backup_file
    from itsm_desktop.store import public_target

    _check_output(args, export=False)
    source = _existing_database(args)
    written = backup_file(source, output=args.output)
    print(f"Backed up {public_target(source)} to {written}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from itsm_desktop.services.maintenance import check_database

    problems, summary = check_database(_existing_database(args))
    for line in problems:
        print(line, file=sys.stderr)
    print(summary)
    return EXIT_OK if not problems else EXIT_ERROR


def _restore(args: argparse.Namespace) -> int:
    from itsm_desktop.services.maintenance import restore_backup
    from itsm_desktop.store import Database

    target = _database_path(args)
    kept = restore_backup(target, args.backup)
    with Database.open(target) as db:  # opens as the application will: upgraded if the backup is older
        print(f"Restored {args.backup} into {db.describe()}.")
    if kept is not None:
        print(f"The database as it was before is kept as {kept}.")
    return EXIT_OK


HEADLESS: dict[str, Callable[[argparse.Namespace], int]] = {
    "load-demo": _load_demo,
    "export-sla": _export_sla,
    "export-catalog": _export_catalog,
    "backup": _backup,
    "check": _check,
    "restore": _restore,
    **exchange_cli.COMMANDS,
    **service_levels_cli.COMMANDS,
    **server_cli.COMMANDS,
}


STORE = ("itsm_desktop.store.database",)
"""The database layers every headless command uses (SQLAlchemy, the tables)."""
LOADS = {"export-sla": ("itsm_desktop.services.printing", "itsm_desktop.documents.agreement_pdf")}
"""What a command loads instead, when it can do without the database layers (see ``_export_sla``)."""


def _load(modules: Sequence[str]) -> None:
    """Load ``modules`` without the garbage collector walking them again and again while they
    load: loading makes long-lived objects and hardly any garbage. What is loaded is then
    frozen out of later collections (about a tenth of ``export-sla``'s time)."""
    gc.disable()
    try:
        for module in modules:
            importlib.import_module(module)
    finally:
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``itsm-desktop`` and ``python -m itsm_desktop``."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from itsm_desktop.display_check import display_problem

        problem = display_problem(os.environ)
        if problem is not None:  # Qt would abort with a core dump instead
            print(f"itsm-desktop: {problem}", file=sys.stderr)
            return EXIT_ERROR
        # Starting loads long-lived modules and classes and makes almost no garbage: collecting
        # while it runs would only walk them again and again; run_gui turns collection back on
        gc.disable()
        try:
            from itsm_desktop.ui.app import run_gui

            return run_gui(_database_path(args), demo=args.demo)
        finally:
            gc.enable()
    try:
        _load(LOADS.get(args.command, STORE))
        return HEADLESS[args.command](args)
    except ItsmError as exc:
        print(f"itsm-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        target = f" {exc.filename}" if exc.filename else ""
        print(f"itsm-desktop: Cannot use{target}: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a defect, not a user mistake: still one line, no traceback
        detail = (str(exc).strip().splitlines() or [""])[0]
        print(f"itsm-desktop: The command failed unexpectedly ({type(exc).__name__}: {detail}).",
              file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
