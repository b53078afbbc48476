"""Streaming table writers: CSV (standard library) and XLSX (see ``xlsx``).

Rows go to the file as they come, so memory stays flat however long the list. The file is
written beside its destination and moved into place at the end: a failed export never leaves
half a file where a good one was. Text that a spreadsheet would run as a formula is made
inert: in CSV with a leading apostrophe; in XLSX every text is stored as text, never as a
formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from itsm_desktop.collector import collector_paused
from itsm_desktop.domain.translatable import translatable

from .cells import FORMULA_FIRST, csv_value
from .errors import ExchangeError
from .xlsx import XlsxWriter

FORMATS = (".csv", ".xlsx")


def check_output(path: Path, database: Path | None = None) -> Path:
    """The output path, refused with a sentence if it cannot be a table file."""
    path = Path(path).expanduser()
    if path.suffix.lower() not in FORMATS:
        raise ExchangeError(translatable("Cannot tell the format of {name}: name the file .csv or .xlsx.", name=path.name))
    if database is not None and path.resolve() == Path(database).resolve():
        raise ExchangeError(translatable("The output file cannot be the database itself."))
    if path.is_dir():
        raise ExchangeError(translatable("{path} is a folder; name a file to write.", path=path))
    if not path.parent.is_dir():
        raise ExchangeError(translatable("The folder {folder} does not exist.", folder=path.parent))
    return path


class TableWriter:
    """Write one sheet of rows to ``path``: ``with TableWriter(path, 'Services') as w: w.row(...)``."""

    def __init__(self, path: Path, sheet: str = "Sheet1") -> None:
        self.path = Path(path)
        self.sheet_title = sheet
        self._partial = self.path.with_name(f".{self.path.name}.partial")
        self._xlsx: XlsxWriter | None = None
        self._handle: Any = None
        self._csv: Any = None

    def __enter__(self) -> TableWriter:
        if self.path.suffix.lower() == ".xlsx":
            self._xlsx = XlsxWriter(self._partial)
            self._xlsx.new_sheet(self.sheet_title)
        else:
            # UTF-8 with a byte-order mark: spreadsheet programs then read accents right. The mark
            # is written by hand: the "utf-8-sig" codec encodes every write in Python, not in C
            self._handle = self._partial.open("w", encoding="utf-8", newline="")
            self._handle.write("\ufeff")
            self._csv = csv.writer(self._handle)
        return self

    def new_sheet(self, title: str) -> None:
        """Start another sheet (XLSX only): the rows that follow go to it."""
        assert self._xlsx is not None, "a CSV file has one table"
        self._xlsx.new_sheet(title)

    def header(self, headings: Sequence[str]) -> None:
        if self._xlsx is not None:
            self._xlsx.header(headings)
        else:
            self._csv.writerow(headings)

    def row(self, values: Iterable[Any]) -> None:
        self.rows((values,))

    def rows(self, many: Iterable[Iterable[Any]]) -> int:
        """Write every row of ``many``; how many there were."""
        count = 0
        with collector_paused():
            if self._xlsx is not None:
                write = self._xlsx.row
                for values in many:
                    write(values)
                    count += 1
            else:
                writerow = self._csv.writerow
                for values in many:
                    # inline for the common text cell: an export writes millions of them
                    writerow([("'" + v if v and v[0] in FORMULA_FIRST else v) if type(v) is str
                              else csv_value(v) for v in values])
                    count += 1
        return count

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if self._xlsx is not None:
                if exc_type is None:
                    self._xlsx.close()
                else:
                    self._xlsx.abort()
            elif self._handle is not None:
                self._handle.close()
            if exc_type is None:
                os.replace(self._partial, self.path)
        finally:
            if self._partial.exists():
                self._partial.unlink()
