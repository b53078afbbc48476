"""Reading a table from a CSV, XLSX or ODS file: its header row, its rows and notes about it.

CSV: the standard library's csv module, the delimiter found by ``csv.Sniffer`` (checked
against the first lines), the encoding found from the byte-order mark, else UTF-8, else
Windows-1252 with a note (a file that is not UTF-8 is nearly always that on the desktops of
this application's users; a note asks the user to check accented letters in the preview).
XLSX and ODS: python-calamine (Rust), about ten times faster than openpyxl at reading.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from . import cells
from .errors import ExchangeError

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused before reading: a preview of every row would not fit a screen."""
MAX_ROWS = 200_000
CSV_DELIMITERS = ",;\t|"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted (password) workbook, or .xls
_ZIP_MAGIC = b"PK\x03\x04"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods")


@dataclass
class SourceTable:
    """The cells of one sheet: a header row and the rows under it, with file notes."""

    headers: list[str]
    rows: list[list[Any]]
    first_line: int = 2  # the line (sheet row) number of rows[0]
    notes: list[str] = field(default_factory=list)
    sheet: str = ""

    def line(self, index: int) -> int:
        return self.first_line + index


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (a CSV file has one, unnamed)."""
    path = Path(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return [""]
    with _open_workbook(path) as book:
        return [m.name for m in book.sheets_metadata if str(m.visible).endswith("Visible")]


def read_table(path: Path, *, sheet: str | None = None) -> SourceTable:
    """The table in ``path`` (CSV, XLSX or ODS); ``ExchangeError`` with a sentence if unreadable."""
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
    if size > MAX_BYTES:
        raise ExchangeError(f"{path.name} is {size // (1024 * 1024)} MB; files up to "
                            f"{MAX_BYTES // (1024 * 1024)} MB can be imported: split it into smaller files.")
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        table = _read_workbook(path, sheet)
    else:
        table = _read_csv(path)
    if not any(h for h in table.headers):
        raise ExchangeError(f"{path.name} has no header row: the first row must name the columns.")
    if not table.rows:
        raise ExchangeError(f"{path.name} has a header row but no records under it.")
    return table


# --- CSV ---------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of ``data`` and a note when its encoding had to be guessed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise ExchangeError(f"{name} says it is UTF-16 but is not readable as such.") from None
    if b"\x00" in data[:4096]:
        raise ExchangeError(f"{name} is not a text file in a known encoding; save it as CSV (UTF-8).")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252 (Western European)"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "ISO-8859-1 (Latin-1)"
    return text, (f"{name} is not UTF-8; it was read as {encoding}. Check accented letters in the "
                  "preview, or save the file as CSV UTF-8.")


def _delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    try:
        found = csv.Sniffer().sniff("\n".join(lines), delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        found = ""
    header = lines[0] if lines else ""
    if found and found in header:
        return found
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> SourceTable:
    text, note = decode(path.read_bytes(), path.name)
    if not text.strip():
        raise ExchangeError(f"{path.name} holds no text.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:65536]))
    table = SourceTable(headers=[], rows=[], notes=[note] if note else [])
    formulas = 0
    try:
        for number, row in enumerate(reader, start=1):
            if not table.headers:
                if any(c.strip() for c in row):
                    table.headers = [c.strip() for c in row]
                    table.first_line = number + 1
                continue
            if not any(c.strip() for c in row):
                table.rows.append([])
                continue
            formulas += sum(1 for c in row if c.startswith("="))
            table.rows.append(row)
            _check_rows(table, path)
    except csv.Error as exc:
        raise ExchangeError(f"{path.name} is not valid CSV near line {reader.line_num}: {exc}.") from None
    _trim_blank_tail(table)
    if formulas:
        table.notes.append(f"{formulas} cell(s) begin with “=”: a CSV file holds no formulas, "
                           "so they are read as text.")
    return table


# --- workbooks ---------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(_CFB_MAGIC):
        raise ExchangeError(f"{path.name} is password-protected (or an old Excel 97–2003 file): "
                            "save it without a password as .xlsx, then import it.")
    if not magic.startswith(_ZIP_MAGIC):
        raise ExchangeError(f"{path.name} is not a {path.suffix.lstrip('.').upper()} workbook "
                            "(it may be damaged, or another kind of file renamed).")
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise ExchangeError(f"{path.name} is password-protected: save it without a password.") from None
    except Exception as exc:  # calamine's errors: zip, XML, missing parts
        raise ExchangeError(f"{path.name} is damaged and cannot be read ({type(exc).__name__}).") from None


def _read_workbook(path: Path, sheet: str | None) -> SourceTable:
    with _open_workbook(path) as book:
        names = [m.name for m in book.sheets_metadata]
        if sheet is None:
            visible = [m.name for m in book.sheets_metadata if str(m.visible).endswith("Visible")]
            sheet = (visible or names or [""])[0]
        if sheet not in names:
            raise ExchangeError(f"{path.name} has no sheet named “{sheet}”; its sheets are "
                                f"{', '.join(names)}.")
        try:
            rows: Iterator[list[Any]] = iter(book.get_sheet_by_name(sheet).to_python(skip_empty_area=False))
        except Exception as exc:
            raise ExchangeError(f"The sheet “{sheet}” of {path.name} is damaged ({type(exc).__name__}).") from None
        table = SourceTable(headers=[], rows=[], sheet=sheet)
        for number, row in enumerate(rows, start=1):
            if not table.headers:
                if any(not cells.is_blank(c) for c in row):
                    table.headers = [cells.line(c) for c in row]
                    table.first_line = number + 1
                continue
            table.rows.append(row if any(not cells.is_blank(c) for c in row) else [])
            _check_rows(table, path)
    _trim_blank_tail(table)
    formulas = _count_formulas(path, sheet)
    if formulas:
        table.notes.append(f"The sheet has {formulas} formula cell(s): their last calculated values "
                           "are imported (a formula never calculated reads as empty).")
    return table


def _count_formulas(path: Path, sheet: str) -> int:
    """How many formula cells the sheet has (XLSX: ``<f>`` elements; ODS: formula attributes)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if path.suffix.lower() == ".ods":
                return archive.read("content.xml").count(b"table:formula=")
            member = _xlsx_sheet_member(archive, sheet)
            if member is None:
                return 0
            with archive.open(member) as stream:
                count, tail = 0, b""
                while chunk := stream.read(1 << 20):
                    data = tail + chunk
                    count += len(re.findall(rb"<f[ >/]", data))
                    tail = data[-3:]
                    count -= len(re.findall(rb"<f[ >/]", tail))  # counted again with the next chunk
                return count
    except (zipfile.BadZipFile, KeyError, OSError):
        return 0


def _xlsx_sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", ns)}
    for node in book.findall("m:sheets/m:sheet", ns):
        if node.get("name") == sheet:
            target = targets.get(node.get(f"{{{ns['r']}}}id"), "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _check_rows(table: SourceTable, path: Path) -> None:
    if len(table.rows) > MAX_ROWS:
        raise ExchangeError(f"{path.name} has more than {MAX_ROWS:,} rows; split it into smaller files.")


def _trim_blank_tail(table: SourceTable) -> None:
    while table.rows and not table.rows[-1]:
        table.rows.pop()
