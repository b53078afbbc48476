"""Reading a file of records for import: a CSV file through the data exchange's streaming
reader (a million rows never sit in memory at once), a workbook through its table reader.

Encoding and delimiter are found as for every other import; a file that turns out not to be
in its encoding further down is refused with the line where it stops reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.exchange.sources import SPREADSHEET_SUFFIXES, read_table, stream_csv

MAX_RECORD_BYTES = 1024 * 1024 * 1024
"""Larger files are refused before reading: a year of a big service desk is a few hundred MB."""


@dataclass
class RecordSource:
    """The header row of a file and its rows, read as they are asked for."""

    headers: list[str]
    rows: Iterator[list[Any]]
    first_line: int = 2
    notes: list[str] = field(default_factory=list)


def open_records(path: Path, *, sheet: str | None = None) -> RecordSource:
    """The records of ``path``; ``ExchangeError`` with one sentence when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExchangeError(f"There is no file {path}.") from None
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror}.") from None
    if path.is_dir():
        raise ExchangeError(f"{path} is a folder, not a file.")
    if size == 0:
        raise ExchangeError(f"{path.name} is empty.")
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        table = read_table(path, sheet=sheet)
        return RecordSource(table.headers, iter(table.rows), table.first_line, table.notes)
    if size > MAX_RECORD_BYTES:
        raise ExchangeError(f"{path.name} is {size // (1024 * 1024):,} MB; files up to "
                            f"{MAX_RECORD_BYTES // (1024 * 1024):,} MB can be imported: split it by year "
                            "or by quarter.")
    stream = stream_csv(path)
    blanks: list[list[Any]] = []
    for row in stream.rows:  # the first record, to refuse a file with none before anything is done
        if row:
            return RecordSource(stream.headers, chain(blanks, [row], stream.rows), stream.first_line, stream.notes)
        blanks.append(row)
    raise ExchangeError(f"{path.name} has a header row but no records under it.")
