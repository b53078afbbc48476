"""Command-line service level management: import incidents, outages, satisfaction responses
and recovery tests, write the report.

``cli.py`` adds these subcommands with :func:`add_commands` and runs them from ``COMMANDS``;
they suit a monthly scheduled job (every error is one sentence and a non-zero exit).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.languages import LANGUAGE_CODES
from itsm_desktop.domain.translatable import Quantity

EXIT_OK, EXIT_ERROR = 0, 1
FORMATS = ("csv", "xlsx", "pdf")


def _import_arguments(parser: Any) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a CSV, XLSX or ODS file")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (default: the first)")
    parser.add_argument("--zone", default="UTC", metavar="ZONE",
                        help="the time zone of times written without an offset (default: UTC), "
                             "e.g. Europe/Berlin")
    parser.add_argument("--dry-run", action="store_true", help="check the file, change nothing")


def add_commands(commands: Any) -> None:
    """Add the service level subcommands to the ``commands`` subparsers."""
    _import_arguments(commands.add_parser(
        "import-incidents", help="import incidents and requests (reference, service, priority, opened, "
                                 "responded, resolved, paused) for service level reports"))
    _import_arguments(commands.add_parser(
        "import-outages", help="import outages and planned maintenance (reference, service, start, end, "
                               "planned, announced) for service level reports"))
    _import_arguments(commands.add_parser(
        "import-satisfaction", help="import satisfaction survey responses (reference, service, answered, "
                                    "score) for service level reports"))
    _import_arguments(commands.add_parser(
        "import-recovery-tests", help="import recovery tests (reference, service, performed, recovery time, "
                                      "data loss) for RTO and RPO"))
    report = commands.add_parser("report", help="write the service level report of an agreement for a period")
    report.add_argument("--agreement", required=True, metavar="REF", help="the agreement's reference")
    report.add_argument("--period", required=True, metavar="PERIOD", help="the month, e.g. 2026-11")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the file to write")
    report.add_argument("--format", choices=FORMATS, help="csv, xlsx or pdf (default: from the file name)")
    report.add_argument("--language", choices=LANGUAGE_CODES,
                        help="the language of a PDF report (default: the agreement's own)")
    report.add_argument("--zone", default="UTC", metavar="ZONE",
                        help="the agreement's time zone for periods and support hours (default: UTC)")


def _open(args: argparse.Namespace, *, must_exist: bool) -> Any:
    from itsm_desktop.store import Database, default_database_path, is_url

    path = args.database if args.database is not None else default_database_path()
    if must_exist and not is_url(path) and not Path(path).expanduser().exists():
        raise ItsmError(f"The database {Path(path).expanduser()} does not exist.")
    return Database.open(path)


def _import(args: argparse.Namespace, stream_name: str) -> int:
    from itsm_desktop.domain.enums import RecordStream
    from itsm_desktop.services.exchange.errors import ImportRefused
    from itsm_desktop.services.service_levels.imports import import_file

    with _open(args, must_exist=True) as db:
        try:
            outcome = import_file(db, args.file, RecordStream(stream_name), zone=args.zone, sheet=args.sheet,
                                  dry_run=args.dry_run)
        except ImportRefused as refused:
            for problem in refused.problems:
                print(problem, file=sys.stderr)
            raise ItsmError(f"Nothing was imported: {args.file.name} has "
                            f"{Quantity(len(refused.problems), 'problem', 'problems')}.") from None
    for note in outcome.notes:
        print(f"Note: {note}")
    prefix = "Dry run, nothing changed: " if args.dry_run else ""
    print(prefix + outcome.summary())
    return EXIT_OK


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ItsmError(f"Cannot tell the format of {args.output.name}: name the file .csv, .xlsx or .pdf, "
                        "or give --format.")
    return suffix


def _report(args: argparse.Namespace) -> int:
    from itsm_desktop.cli import database_file
    from itsm_desktop.services.output_files import refusal
    from itsm_desktop.services.service_levels.report import build_report, write_report_table
    from itsm_desktop.store import default_database_path

    kind = _format(args)
    if kind != "pdf" and args.output.suffix.lower() != f".{kind}":
        raise ItsmError(f"A {kind} table needs a file name ending in .{kind}.")
    database = database_file(args.database if args.database is not None else default_database_path())
    protect = [database] if database is not None else []
    reason = refusal(args.output, protect=protect)
    if reason is not None:
        raise ItsmError(reason)
    if not args.output.expanduser().parent.is_dir():
        raise ItsmError(f"The folder {args.output.expanduser().parent} does not exist.")
    with _open(args, must_exist=True) as db:
        report = build_report(db, reference=args.agreement, period=args.period, zone=args.zone)
    if kind == "pdf":
        from itsm_desktop.documents.service_level_report import render_report
        from itsm_desktop.services.output_files import write_file

        if args.language:
            report = replace(report, language=args.language)
        write_file(args.output, render_report(report), protect=protect)
    else:
        write_report_table(report, args.output)
    counts = report.counts()
    print(f"Wrote {args.output}: {len(report.lines)} {'target' if len(report.lines) == 1 else 'targets'} "
          f"for {report.period} — "
          + ", ".join(f"{n} {status.label.lower()}" for status, n in counts.items() if n) + ".")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import-incidents": lambda args: _import(args, "incidents"),
    "import-outages": lambda args: _import(args, "outages"),
    "import-satisfaction": lambda args: _import(args, "satisfaction"),
    "import-recovery-tests": lambda args: _import(args, "recovery_tests"),
    "report": _report,
}
