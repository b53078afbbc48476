"""Streaming table writers: CSV (standard library) and XLSX (openpyxl's write-only mode).

Rows go to the file as they come, so memory stays flat however long the list. The file is
written beside its destination and moved into place at the end: a failed export never leaves
half a file where a good one was. Text that a spreadsheet would run as a formula is made
inert: in CSV with a leading apostrophe, in XLSX by storing the cell as text.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from .cells import FORMULA_START, neutralised, plain_value
from .errors import ExchangeError

FORMATS = (".csv", ".xlsx")


def check_output(path: Path, database: Path | None = None) -> Path:
    """The output path, refused with a sentence if it cannot be a table file."""
    path = Path(path).expanduser()
    if path.suffix.lower() not in FORMATS:
        raise ExchangeError(f"Cannot tell the format of {path.name}: name the file .csv or .xlsx.")
    if database is not None and path.resolve() == Path(database).resolve():
        raise ExchangeError("The output file cannot be the database itself.")
    if path.is_dir():
        raise ExchangeError(f"{path} is a folder; name a file to write.")
    if not path.parent.is_dir():
        raise ExchangeError(f"The folder {path.parent} does not exist.")
    return path


class TableWriter:
    """Write one sheet of rows to ``path``: ``with TableWriter(path, 'Services') as w: w.row(...)``."""

    def __init__(self, path: Path, sheet: str = "Sheet1") -> None:
        self.path = Path(path)
        self.sheet_title = sheet[:31]
        self._partial = self.path.with_name(f".{self.path.name}.partial")
        self._xlsx = self.path.suffix.lower() == ".xlsx"
        self._handle: Any = None
        self._csv: Any = None
        self._book: Workbook | None = None
        self._sheet: Worksheet | None = None

    def __enter__(self) -> TableWriter:
        if self._xlsx:
            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet(self.sheet_title)
        else:
            # UTF-8 with a byte-order mark: spreadsheet programs then read accents right
            self._handle = self._partial.open("w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._handle)
        return self

    def new_sheet(self, title: str) -> None:
        """Start another sheet (XLSX only): the rows that follow go to it."""
        assert self._book is not None, "a CSV file has one table"
        self._sheet = self._book.create_sheet(title[:31])

    def header(self, headings: Sequence[str]) -> None:
        if self._sheet is not None:
            bold = Font(bold=True)
            cells = []
            for heading in headings:
                cell = WriteOnlyCell(self._sheet, value=heading)
                cell.font = bold
                cells.append(cell)
            self._sheet.append(cells)
        else:
            self._csv.writerow(headings)

    def row(self, values: Iterable[Any]) -> None:
        if self._sheet is not None:
            self._sheet.append([self._xlsx_value(v) for v in values])
        else:
            self._csv.writerow([neutralised(plain_value(v)) for v in values])

    def rows(self, many: Iterable[Iterable[Any]]) -> int:
        count = 0
        for values in many:
            self.row(values)
            count += 1
        return count

    def _xlsx_value(self, value: Any) -> Any:
        value = plain_value(value)
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if value.startswith(FORMULA_START):
                cell = WriteOnlyCell(self._sheet, value=value)
                cell.data_type = "s"  # text, never a formula
                return cell
        elif isinstance(value, dict | list):
            return str(value)
        return value

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if self._book is not None:
                if exc_type is None:
                    self._book.save(self._partial)
                self._book.close()
            elif self._handle is not None:
                self._handle.close()
            if exc_type is None:
                os.replace(self._partial, self.path)
        finally:
            if self._partial.exists():
                self._partial.unlink()
