"""Reading a file of records for import: a CSV file is read as a stream, so a million rows
never sit in memory at once; a workbook goes through the data exchange's reader.

The encoding is found from the byte-order mark, else UTF-8 when the start of the file reads
as such, else Windows-1252 (with a note); the delimiter from the header line. A file that
turns out not to be UTF-8 further down is refused with the line where it stops reading.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.exchange.sources import SPREADSHEET_SUFFIXES, read_table

MAX_RECORD_BYTES = 1024 * 1024 * 1024
"""Larger files are refused before reading: a year of a big service desk is a few hundred MB."""
SAMPLE = 1 << 20
DELIMITERS = ",;\t|"


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
    return _csv(path)


def _encoding(path: Path) -> tuple[str, str | None]:
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", None
    if b"\x00" in sample[:4096]:
        raise ExchangeError(f"{path.name} is not a text file in a known encoding; save it as CSV (UTF-8).")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252", (f"{path.name} is not UTF-8; it was read as Windows-1252 (Western European). "
                          "Check accented letters, or save the file as CSV UTF-8.")
    return "utf-8", None


def _csv(path: Path) -> RecordSource:
    encoding, note = _encoding(path)
    handle = path.open(encoding=encoding, errors="replace" if encoding == "cp1252" else "strict", newline="")
    try:
        header_line, skipped = "", 0
        while not header_line.strip():
            header_line = handle.readline()
            skipped += 1
            if not header_line:
                raise ExchangeError(f"{path.name} holds no text.")
    except UnicodeDecodeError:
        handle.close()
        raise ExchangeError(f"{path.name} is not readable as {encoding}; save it as CSV UTF-8.") from None
    counts = {d: header_line.count(d) for d in DELIMITERS}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    headers = [h.strip() for h in next(csv.reader([header_line], delimiter=delimiter))]
    rows = _rows(handle, delimiter, path.name, skipped)
    blanks: list[list[Any]] = []
    for row in rows:  # the first record, to refuse a file with none before anything is done
        if row:
            return RecordSource(headers, chain(blanks, [row], rows), skipped + 1, [note] if note else [])
        blanks.append(row)
    raise ExchangeError(f"{path.name} has a header row but no records under it.")


def _rows(handle: Any, delimiter: str, name: str, before: int) -> Iterator[list[Any]]:
    """The rows under the header; a blank line is an empty row (its number still counts)."""
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        with handle:
            for row in reader:
                yield row if any(row) else []
    except UnicodeDecodeError:
        raise ExchangeError(f"{name} stops being UTF-8 somewhere after line {before + reader.line_num}; "
                            "save it as CSV UTF-8.") from None
    except csv.Error as exc:
        raise ExchangeError(f"{name} is not valid CSV near line {before + reader.line_num}: {exc}.") from None
