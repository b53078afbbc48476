"""Spreadsheet files made the way the programs users have save them."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]


def csv_text(rows: Rows, delimiter: str = ",") -> str:
    out = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if any(c in text for c in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        out.append(delimiter.join(cells))
    return "\r\n".join(out) + "\r\n"


def excel_csv(path: Path, rows: Rows) -> Path:
    """As Excel saves “CSV UTF-8” in a German or French locale: BOM, semicolons, CRLF."""
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows, ";").encode("utf-8"))
    return path


def libreoffice_csv(path: Path, rows: Rows) -> Path:
    """As LibreOffice saves CSV by default: UTF-8 without BOM, commas, LF line ends."""
    path.write_bytes(csv_text(rows, ",").replace("\r\n", "\n").encode("utf-8"))
    return path


def legacy_csv(path: Path, rows: Rows) -> Path:
    """As older Excel saves plain “CSV” on Western Windows: Windows-1252, semicolons."""
    path.write_bytes(csv_text(rows, ";").encode("cp1252"))
    return path


def xlsx(path: Path, rows: Rows, *, sheet: str = "Sheet1", extra: dict[str, Rows] | None = None) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = sheet
    for row in rows:
        first.append(list(row))
    for name, more in (extra or {}).items():
        other = book.create_sheet(name)
        for row in more:
            other.append(list(row))
    book.save(path)
    return path


def _ods_cell(value: Any) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, tuple):  # ("formula", result)
        formula, result = value
        return (f'<table:table-cell table:formula="of:{escape(formula)}" office:value-type="float" '
                f'office:value="{result}"><text:p>{result}</text:p></table:table-cell>')
    if isinstance(value, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods(path: Path, rows: Rows, *, sheet: str = "Sheet1") -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice Calc writes its parts."""
    body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
                   for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
