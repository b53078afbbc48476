"""Command-line data exchange: import and export lists, templates, the whole portfolio.

``cli.py`` adds these subcommands with :func:`add_commands` and runs them from ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ERROR = 0, 1
PROBLEMS_SHOWN = 200  # a file refused for a problem on every row lists the first ones, then counts
KIND_NAMES = ("services", "families", "organizations", "contacts")
LIST_NAMES = (*KIND_NAMES, "agreements", "history")


def add_commands(commands: Any) -> None:
    """Add the data exchange subcommands to the ``commands`` subparsers."""
    imp = commands.add_parser("import", help="import services, families, organizations or contacts "
                              "from a CSV, XLSX or ODS file")
    imp.add_argument("kind", metavar="KIND", help=f"what the file holds: {', '.join(KIND_NAMES)}")
    imp.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    exp = commands.add_parser("export", help="write a list to a CSV or XLSX file")
    exp.add_argument("kind", metavar="KIND", help=f"the list: {', '.join(LIST_NAMES)}")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="a .csv or .xlsx file")
    exp.add_argument("--search", default="", metavar="TEXT", help="only records matching TEXT")
    tpl = commands.add_parser("template", help="write an XLSX template to fill in for an import")
    tpl.add_argument("kind", metavar="KIND", help=f"one of {', '.join(KIND_NAMES)}")
    tpl.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the .xlsx file")
    out = commands.add_parser("export-all", help="write the whole portfolio to one portable file")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the file (.zip)")
    inp = commands.add_parser("import-all", help="load a portable portfolio file into an empty database")
    inp.add_argument("file", type=Path, metavar="FILE", help="a file written by export-all")


def _open(args: argparse.Namespace) -> Any:
    from itsm_desktop.store import Database, default_database_path

    return Database.open(args.database if args.database is not None else default_database_path())


def _import(args: argparse.Namespace) -> int:
    from itsm_desktop.services.exchange.commit import commit_import
    from itsm_desktop.services.exchange.importer import Action, plan_import
    from itsm_desktop.services.exchange.kinds import kind_named
    from itsm_desktop.services.exchange.mappings import MappingStore
    from itsm_desktop.services.exchange.sources import read_table

    kind = kind_named(args.kind)
    table = read_table(args.file, sheet=args.sheet)
    mapping = MappingStore().mapping_for(kind, table.headers)
    with _open(args) as db:
        preview = plan_import(db, kind, table, mapping, source=args.file.name)
        for note in preview.notes:
            print(f"Note: {note}")
        if args.dry_run:
            ignored = [h for i, h in enumerate(table.headers) if i not in mapping and h]
            print("Columns: " + ", ".join(f"{table.headers[i]} → {kind.column(k).heading}"
                                          for i, k in sorted(mapping.items()))
                  + (f"; ignored: {', '.join(ignored)}" if ignored else ""))
            for row in preview.rows:
                if row.action != Action.SKIP:
                    print(f"Row {row.line}: {row.action.value} {row.key}")
        if not preview.ready:
            messages = preview.messages()
            for message in messages[:PROBLEMS_SHOWN]:
                print(message, file=sys.stderr)
            if len(messages) > PROBLEMS_SHOWN:
                print(f"… and {len(messages) - PROBLEMS_SHOWN} more.", file=sys.stderr)
            print(f"itsm-desktop: Nothing was imported: {args.file.name} has "
                  f"{_count(len(messages), 'problem')}.", file=sys.stderr)
            return EXIT_ERROR
        counts = preview.counts()
        summary = (f"{counts[Action.CREATE]} to create, {counts[Action.UPDATE]} to update, "
                   f"{counts[Action.UNCHANGED]} unchanged, {counts[Action.SKIP]} skipped")
        if args.dry_run:
            print(f"Dry run, nothing changed: {summary}.")
            return EXIT_OK
        commit_import(db, preview)
        print(f"Imported {args.file.name}: {summary.replace('to create', 'created').replace('to update', 'updated')}.")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from itsm_desktop.services.exchange.exporter import ListQuery, export_list

    with _open(args) as db:
        count = export_list(db, args.kind.lower(), args.output, query=ListQuery(search=args.search))
    print(f"Wrote {count} row(s) to {args.output}.")
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from itsm_desktop.services.exchange.kinds import kind_named
    from itsm_desktop.services.exchange.templates import write_template

    written = write_template(kind_named(args.kind), args.output)
    print(f"Wrote {written}.")
    return EXIT_OK


def _export_all(args: argparse.Namespace) -> int:
    from itsm_desktop.services.exchange.portfolio import export_portfolio

    with _open(args) as db:
        counts = export_portfolio(db, args.output)
    print(f"Wrote {_count(sum(counts.values()), 'record')} of {_count(len(counts), 'table')} to {args.output}.")
    return EXIT_OK


def _import_all(args: argparse.Namespace) -> int:
    from itsm_desktop.services.exchange.portfolio import import_portfolio

    with _open(args) as db:
        counts = import_portfolio(db, args.file)
    print(f"Loaded {_count(sum(counts.values()), 'record')} of {_count(len(counts), 'table')} from {args.file}.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _import,
    "export": _export,
    "template": _template,
    "export-all": _export_all,
    "import-all": _import_all,
}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
