"""Reading tables from files as users save them, and one clear sentence for each bad file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from itsm_desktop.services.exchange.errors import ExchangeError
from itsm_desktop.services.exchange.sources import (
    SNIFF_BYTES,
    ReadCancelled,
    read_table,
    sheet_names,
)

from . import files

ROWS = [["Code", "Name", "Summary"], ["EMAIL", "Messagerie d’entreprise", "Boîte aux lettres; calendrier"],
        ["PRINT", "Drucken & Scannen", "Größe \"A4\""]]


@pytest.mark.parametrize("save", [files.excel_csv, files.libreoffice_csv])
def test_csv_as_excel_and_libreoffice_save_it(tmp_path: Path, save: files.Any) -> None:
    table = read_table(save(tmp_path / "services.csv", ROWS))
    assert table.headers == ROWS[0]
    assert table.rows == ROWS[1:]
    assert table.notes == []
    assert table.first_line == 2


def test_tab_and_pipe_delimited_text(tmp_path: Path) -> None:
    for delimiter in ("\t", "|"):
        path = tmp_path / "services.txt"
        path.write_text(files.csv_text(ROWS, delimiter), encoding="utf-8")
        assert read_table(path).rows == ROWS[1:]


def test_windows_1252_is_read_with_a_note_to_check_accents(tmp_path: Path) -> None:
    rows = [["Code", "Name"], ["PRINT", "Drucken für Büros"], ["CAFE", "Café"]]
    table = read_table(files.legacy_csv(tmp_path / "old.csv", rows))
    assert table.rows == rows[1:]
    assert len(table.notes) == 1 and "not UTF-8" in table.notes[0] and "Windows-1252" in table.notes[0]


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(files.csv_text(ROWS, "\t").encode("utf-16"))
    assert read_table(path).rows == ROWS[1:]


def test_xlsx_and_its_sheets(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "book.xlsx", [["Note"], ["first sheet"]], sheet="Readme",
                      extra={"Services": ROWS})
    assert sheet_names(path) == ["Readme", "Services"]
    assert read_table(path).rows == [["first sheet"]]
    assert read_table(path, sheet="Services").rows == ROWS[1:]
    with pytest.raises(ExchangeError, match="no sheet named “Catalog”; its sheets are Readme, Services"):
        read_table(path, sheet="Catalog")


def test_ods(tmp_path: Path) -> None:
    table = read_table(files.ods(tmp_path / "calc.ods", ROWS, sheet="Dienste"))
    assert table.sheet == "Dienste"
    assert table.rows == ROWS[1:]


def test_leading_blank_rows_and_trailing_blank_rows_are_ignored(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "gaps.xlsx", [[], [], *ROWS, [], [None, None]])
    table = read_table(path)
    assert table.headers == ROWS[0]
    assert table.first_line == 4
    assert table.rows == ROWS[1:]


def test_formula_cells_are_reported(tmp_path: Path) -> None:
    xlsx = read_table(files.xlsx(tmp_path / "f.xlsx", [["Code", "Users"], ["A", "=2*21"]]))
    assert "Formula cells in the sheet: 1." in xlsx.notes[0]
    ods = read_table(files.ods(tmp_path / "f.ods", [["Code", "Users"], ["A", ("2*21", 42)]]))
    assert ods.rows == [["A", 42.0]] and "Formula cells in the sheet: 1." in ods.notes[0]
    csv = read_table(files.libreoffice_csv(tmp_path / "f.csv", [["Code", "Name"], ["A", "=1+1"]]))
    assert "read as text" in csv.notes[0]


def _with_calculated_value(path: Path, cell: str, value: str) -> Path:
    """The workbook as Excel saves it: the formula of ``cell`` with its calculated value."""
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[member] = re.sub(rb'(<c r="' + cell.encode() + rb'"[^>]*><f>[^<]*</f>)<v */>',
                           rb"\1<v>" + value.encode() + rb"</v>", parts[member])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formulas_never_calculated_are_found_cell_by_cell(tmp_path: Path) -> None:
    rows = [[], ["Code", "Users", "Price"], ["A", "=2*21", "=1+1"], ["B", 7, "=SUM(B3:B4)"]]
    path = files.xlsx(tmp_path / "f.xlsx", rows)
    table = read_table(path)
    assert table.first_line == 3
    assert table.uncalculated == {(3, 1), (3, 2), (4, 2)}  # (line, column), as the preview numbers them
    assert "Formula cells in the sheet: 3." in table.notes[0] and "never calculated, so without a value: 3" in table.notes[0]
    table = read_table(_with_calculated_value(path, "B3", "42"))
    assert table.uncalculated == {(3, 2), (4, 2)} and table.rows[0][:2] == ["A", 42.0]
    book = Workbook()  # a table that starts further right: columns count from its first
    sheet = book.active
    assert sheet is not None
    sheet["C3"], sheet["D3"], sheet["C4"], sheet["D4"] = "Code", "Users", "A", "=1+1"
    book.save(tmp_path / "right.xlsx")
    assert read_table(tmp_path / "right.xlsx").uncalculated == {(4, 1)}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "empty.csv is empty"),
    ("blank.csv", b"\xef\xbb\xbf\r\n \r\n", "holds no text"),
    ("header.csv", b"Code;Name\r\n", "a header row but no records"),
    ("binary.csv", b"\x00\x01\x02garbage\x00" * 10, "not a text file in a known encoding"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
    ("broken.xlsx", b"PK\x03\x04 this is not really a zip archive", "damaged"),
    ("renamed.xlsx", b"Code,Name\nA,B\n", "not an XLSX workbook"),
])
def test_bad_files_get_one_sentence(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExchangeError, match=message):
        read_table(path)


def test_an_ods_saved_with_a_password_is_named_so(tmp_path: Path) -> None:
    """As LibreOffice saves with a password: the manifest names the encryption, the parts are ciphertext."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data '
                'manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>')
    path = tmp_path / "locked.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", bytes(range(256)) * 4)
    with pytest.raises(ExchangeError, match="locked.ods is password-protected"):
        read_table(path)


def test_a_truncated_xlsx_is_damaged(tmp_path: Path) -> None:
    good = files.xlsx(tmp_path / "good.xlsx", ROWS).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(ExchangeError, match="damaged"):
        read_table(path)


def test_a_file_beyond_the_old_limits_streams_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Code,Name\n" + "".join(f"S{i},Service {i}\n" for i in range(210_000)), encoding="utf-8")
    seen: list[float] = []
    table = read_table(path, progress=lambda fraction: seen.append(fraction) or True)
    assert len(table.rows) == 210_000 and table.rows[-1] == ["S209999", "Service 209999"]
    assert len(seen) > 10 and seen == sorted(seen) and seen[-1] == 1.0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reading_stops_when_the_user_cancels(tmp_path: Path, suffix: str) -> None:
    rows = [["Code", "Name"], *([f"S{i}", f"Service {i}"] for i in range(12_000))]
    path = files.xlsx(tmp_path / "many.xlsx", rows) if suffix == ".xlsx" else tmp_path / "many.csv"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    asked: list[float] = []
    with pytest.raises(ReadCancelled, match="was stopped"):
        read_table(path, progress=lambda fraction: asked.append(fraction) and False)
    assert len(asked) == 1 and asked[0] < 1


def test_a_file_that_stops_being_utf8_after_its_first_block_is_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    path.write_bytes(b"Code,Name\n" + b"A,Plain\n" * (SNIFF_BYTES // 8 + 10) + b"B,Caf\xe9\n")
    table = read_table(path)
    assert table.rows[-1] == ["B", "Café"]
    assert any("Windows-1252" in note for note in table.notes)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="There is no file"):
        read_table(tmp_path / "none.csv")
    with pytest.raises(ExchangeError, match="is a folder"):
        read_table(tmp_path)
