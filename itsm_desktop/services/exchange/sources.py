"""Reading a table from a CSV, XLSX or ODS file: its header row, its rows and notes about it.

CSV: the standard library's csv module, the delimiter found by ``csv.Sniffer`` (checked
against the first lines), the encoding found from the byte-order mark, else UTF-8, else
Windows-1252 with a note (a file that is not UTF-8 is nearly always that on the desktops of
this application's users; a note asks the user to check accented letters in the preview).
XLSX and ODS: python-calamine (Rust), about ten times faster than openpyxl at reading.

A value repeated down a column (a family, a status, an owner) is held once however many rows
repeat it. A file of any size is read as a stream (a CSV file a block at a time, never whole in memory
as bytes and text besides its rows), telling ``progress`` how far it has come; when
``progress`` answers False the reading stops with ``ReadCancelled``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from itsm_desktop.collector import collector_paused
from itsm_desktop.domain.translatable import translatable

from . import cells
from .errors import ExchangeError

Progress = Callable[[float], bool]
"""Told the fraction of the file read so far (0 to 1); answers False to stop reading."""
PROGRESS_EVERY = 5000  # rows between two reports
SNIFF_BYTES = 65536  # the start of a CSV file that tells its encoding and delimiter
CSV_DELIMITERS = ",;\t|"
SHARED_CELLS = 20000  # distinct cell values kept to share repeats: the memory this takes stays small
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted (password) workbook, or .xls
_ZIP_MAGIC = b"PK\x03\x04"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods")


class ReadCancelled(ExchangeError):
    """The user stopped the reading of a file."""


@dataclass
class SourceTable:
    """The cells of one sheet: a header row and the rows under it, with file notes."""

    headers: list[str]
    rows: list[list[Any]]
    first_line: int = 2  # the line (sheet row) number of rows[0]
    notes: list[str] = field(default_factory=list)
    sheet: str = ""
    uncalculated: set[tuple[int, int]] = field(default_factory=set)
    """(line, column index) of each formula cell the file holds no calculated value for: it
    reads as empty, though the user sees a value in the spreadsheet program."""

    def line(self, index: int) -> int:
        return self.first_line + index


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (a CSV file has one, unnamed)."""
    path = Path(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return [""]
    with _open_workbook(path) as book:
        return [m.name for m in book.sheets_metadata if str(m.visible).endswith("Visible")]


def read_table(path: Path, *, sheet: str | None = None, progress: Progress | None = None) -> SourceTable:
    """The table in ``path`` (CSV, XLSX or ODS); ``ExchangeError`` with a sentence if unreadable,
    ``ReadCancelled`` if ``progress`` said stop."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExchangeError(translatable("There is no file {path}.", path=path)) from None
    except OSError as exc:
        raise ExchangeError(translatable("Cannot read {path}: {strerror}.", path=path, strerror=exc.strerror)) from None
    if path.is_dir():
        raise ExchangeError(translatable("{path} is a folder, not a file.", path=path))
    if size == 0:
        raise ExchangeError(translatable("{name} is empty.", name=path.name))
    report = progress or (lambda _fraction: True)
    with collector_paused():
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            table = _read_workbook(path, sheet, report)
        else:
            table = _read_csv(path, size, report)
    if not any(h for h in table.headers):
        raise ExchangeError(translatable("{name} has no header row: the first row must name the columns.", name=path.name))
    if not table.rows:
        raise ExchangeError(translatable("{name} has a header row but no records under it.", name=path.name))
    return table


# --- CSV ---------------------------------------------------------------------------------


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


def _csv_encoding(head: bytes, name: str) -> tuple[str, str | None]:
    """The encoding to read a CSV file in, judged from its first block, and a note when guessed."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", None
    if b"\x00" in head[:4096]:
        raise ExchangeError(translatable("{name} is not a text file in a known encoding; save it as CSV (UTF-8).", name=name))
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not a character cut by the end of the block
            return _not_utf8(head, name)
    return "utf-8", None


def _not_utf8(data: bytes, name: str) -> tuple[str, str]:
    try:
        data.decode("cp1252")
        encoding, label = "cp1252", "Windows-1252 (Western European)"
    except UnicodeDecodeError:
        encoding, label = "latin-1", "ISO-8859-1 (Latin-1)"
    return encoding, translatable("{name} is not UTF-8; it was read as {label}. Check accented letters in "
                                  "the preview, or save the file as CSV UTF-8.", name=name, label=label)


def _read_csv(path: Path, size: int, report: Progress) -> SourceTable:
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    encoding, note = _csv_encoding(head, path.name)
    try:
        return _read_csv_as(path, size, encoding, note, report)
    except UnicodeDecodeError:  # not UTF-8 after all, past the first block: read it again
        with path.open("rb") as handle:
            encoding, note = _not_utf8(handle.read(), path.name)
        return _read_csv_as(path, size, encoding, note, report)


def _read_csv_as(path: Path, size: int, encoding: str, note: str | None, report: Progress) -> SourceTable:
    table = SourceTable(headers=[], rows=[], notes=[note] if note else [])
    formulas = 0
    shared: dict[str, str] = {}  # a value repeated down a column (a family, a status) is kept once
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        sample = text.read(SNIFF_BYTES)
        if not sample.strip() and not text.read(1):
            raise ExchangeError(translatable("{name} holds no text.", name=path.name))
        text.seek(0)
        reader = csv.reader(text, delimiter=_delimiter(sample))
        try:
            for number, row in enumerate(reader, start=1):
                if number % PROGRESS_EVERY == 0 and not report(raw.tell() / size):
                    raise ReadCancelled(translatable("Reading {name} was stopped.", name=path.name))
                if not table.headers:
                    if any(c.strip() for c in row):
                        table.headers = [c.strip() for c in row]
                        table.first_line = number + 1
                    continue
                if not any(c.strip() for c in row):
                    table.rows.append([])
                    continue
                formulas += sum(1 for c in row if c.startswith("="))
                table.rows.append([shared.setdefault(c, c) for c in row])
                if len(shared) > SHARED_CELLS:
                    shared.clear()
        except csv.Error as exc:
            raise ExchangeError(translatable("{name} is not valid CSV near line {line_num}: {exc}.", name=path.name, line_num=reader.line_num, exc=str(exc))) from None
    report(1.0)
    _trim_blank_tail(table)
    if formulas:
        table.notes.append(translatable(
            "Cells beginning with “=”: {count}. A CSV file holds no formulas, so they are read as text.",
            count=formulas))
    return table


# --- workbooks ---------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(_CFB_MAGIC):
        raise ExchangeError(translatable("{name} is password-protected (or an old Excel 97–2003 file): save it without a password as .xlsx, then import it.", name=path.name))
    if not magic.startswith(_ZIP_MAGIC):
        raise ExchangeError(translatable("{name} is not an {suffix} workbook (it may be damaged, or another kind of file renamed).", name=path.name, suffix=path.suffix.lstrip('.').upper()))
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise ExchangeError(translatable("{name} is password-protected: save it without a password.", name=path.name)) from None
    except Exception:  # calamine's errors: zip, XML, missing parts
        if _encrypted_ods(path):
            raise ExchangeError(translatable("{name} is password-protected: save it without a password.", name=path.name)) from None
        kind = path.suffix.lstrip(".").upper()
        raise ExchangeError(translatable("{name} is damaged, or not really an {kind} workbook: open it in a spreadsheet program and save it again as {kind}.", name=path.name, kind=kind)) from None


def _encrypted_ods(path: Path) -> bool:
    """Whether ``path`` is an OpenDocument file saved with a password (its parts are encrypted)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return b"encryption-data" in archive.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _read_workbook(path: Path, sheet: str | None, report: Progress) -> SourceTable:
    with _open_workbook(path) as book:
        names = [m.name for m in book.sheets_metadata]
        if sheet is None:
            visible = [m.name for m in book.sheets_metadata if str(m.visible).endswith("Visible")]
            sheet = (visible or names or [""])[0]
        if sheet not in names:
            raise ExchangeError(translatable("{name} has no sheet named “{sheet}”; its sheets are {items}.", name=path.name, sheet=sheet, items=', '.join(names)))
        try:
            found = book.get_sheet_by_name(sheet)
            rows: Iterator[list[Any]] = found.iter_rows()  # converted to Python a row at a time
            height = max(1, found.height)
            origin = found.start or (0, 0)  # rows are read from the first, columns from this one
        except Exception:
            raise ExchangeError(translatable("The sheet “{sheet}” of {name} is damaged: open the file in a spreadsheet program and save it again.", sheet=sheet, name=path.name)) from None
        table = SourceTable(headers=[], rows=[], sheet=sheet)
        shared: dict[Any, Any] = {}
        for number, row in enumerate(rows, start=1):
            if number % PROGRESS_EVERY == 0 and not report(number / height):
                raise ReadCancelled(translatable("Reading {name} was stopped.", name=path.name))
            if not table.headers:
                if any(not cells.is_blank(c) for c in row):
                    table.headers = [cells.line(c) for c in row]
                    table.first_line = number + 1
                continue
            table.rows.append([shared.setdefault(c, c) for c in row] if any(not cells.is_blank(c) for c in row)
                              else [])
            if len(shared) > SHARED_CELLS:
                shared.clear()
    report(1.0)
    _trim_blank_tail(table)
    formulas, uncalculated = _formulas(path, sheet)
    table.uncalculated = {(row, column - origin[1]) for row, column in uncalculated}
    if formulas:
        table.notes.append(translatable(
            "Formula cells in the sheet: {formulas}. Their last calculated values are imported; never "
            "calculated, so without a value: {count} (marked in their cells).", formulas=formulas,
            count=len(uncalculated)) if uncalculated else translatable(
            "Formula cells in the sheet: {formulas}. Their last calculated values are imported.",
            formulas=formulas))
    return table


_XLSX_FORMULA = re.compile(
    rb'<c r="([A-Z]+)([0-9]+)"[^>]*>(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)(<v>[^<]+</v>)?')
"""A cell with a formula (its own or a shared one), and its calculated value if the file holds one."""


def _formulas(path: Path, sheet: str) -> tuple[int, set[tuple[int, int]]]:
    """How many formula cells the sheet has (XLSX: ``<f>`` elements; ODS: formula attributes),
    and (row, column) from 1 and 0 of each XLSX formula cell saved without a calculated value
    (written by a program that does not calculate, such as a script)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if path.suffix.lower() == ".ods":
                return archive.read("content.xml").count(b"table:formula="), set()
            member = _xlsx_sheet_member(archive, sheet)
            if member is None:
                return 0, set()
            count, uncalculated, tail = 0, set(), b""
            with archive.open(member) as stream:
                while True:
                    chunk = stream.read(1 << 20)
                    data = tail + chunk
                    # the last cell begun may be cut by the end of the chunk: it is read with the next
                    cut = data.rfind(b"<c ") if chunk else len(data)
                    cut = cut if cut >= 0 else max(0, len(data) - 2)
                    for match in _XLSX_FORMULA.finditer(data, 0, cut):
                        count += 1
                        if match[3] is None:
                            uncalculated.add((int(match[2]), _column_index(match[1])))
                    tail = data[cut:]
                    if not chunk:
                        return count, uncalculated
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
        return 0, set()


def _column_index(letters: bytes) -> int:
    """``A`` → 0, ``Z`` → 25, ``AA`` → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


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


def _trim_blank_tail(table: SourceTable) -> None:
    while table.rows and not table.rows[-1]:
        table.rows.pop()


# --- CSV as a stream ---------------------------------------------------------------------


@dataclass
class CsvStream:
    """A CSV file's header row and the rows under it, read a block at a time as they are asked
    for (a blank line is an empty row, so that row numbers still count)."""

    headers: list[str]
    rows: Iterator[list[str]]
    first_line: int = 2  # the line number of the first row
    notes: list[str] = field(default_factory=list)


def stream_csv(path: Path) -> CsvStream:
    """The header of ``path`` and its rows as a stream, in the encoding and with the delimiter
    :func:`read_table` finds; ``ExchangeError`` with a sentence if unreadable, also while the
    rows are read (a file that stops being in its encoding further down, say)."""
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    encoding, note = _csv_encoding(head, path.name)
    rows = _csv_rows(path, encoding, _delimiter(head.decode(encoding, errors="ignore")))
    for number, row in enumerate(rows, start=1):
        if row:
            return CsvStream([c.strip() for c in row], rows, number + 1, [note] if note else [])
    raise ExchangeError(translatable("{name} holds no text.", name=path.name))


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        reader = csv.reader(text, delimiter=delimiter)
        try:
            for row in reader:
                yield row if "".join(row).strip() else []  # one call per row, not one per cell
        except UnicodeDecodeError:
            named = encoding.upper().removesuffix("-SIG")
            # text is decoded a block ahead of the rows: the line is where the reading had come to
            raise ExchangeError(translatable("{name} stops being {named} somewhere after line {line}; save it as CSV UTF-8.", name=path.name, named=named, line=reader.line_num + 1)) from None
        except csv.Error as exc:
            raise ExchangeError(translatable("{name} is not valid CSV near line {line_num}: {exc}.", name=path.name, line_num=reader.line_num, exc=str(exc))) from None
