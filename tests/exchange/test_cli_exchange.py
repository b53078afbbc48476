"""Data exchange on the command line, run as a user runs it: new processes, exit codes, messages."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.services.demo import load_demo
from itsm_desktop.store import Database

from . import files


def run(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "itsm_desktop", *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=env)


def count(database: Path, table: str) -> int:
    with closing(sqlite3.connect(database)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def one_sentence_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr.splitlines()[-1]


@pytest.fixture
def demo_file(tmp_path: Path, migrated_template: Path) -> Path:
    database = tmp_path / "itsm.db"
    shutil.copy2(migrated_template, database)
    with Database.open(database) as db:
        load_demo(db)
    return database


def test_import_dry_run_then_import(tmp_path: Path, demo_file: Path) -> None:
    source = files.excel_csv(tmp_path / "new.csv", [["Code", "Name", "Status", "Depends on"],
                                                    ["NEWB", "New B", "proposed", "NEWA"],
                                                    ["NEWA", "New A", "proposed", "EMAIL"],
                                                    ["EMAIL", "Corporate E-mail", "", ""]])
    dry = run(tmp_path, "--database", demo_file, "import", "services", source, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Row 2: create NEWB" in dry.stdout and "Row 4: unchanged EMAIL" in dry.stdout
    assert "Dry run, nothing changed: 2 to create, 0 to update, 1 unchanged, 0 skipped." in dry.stdout
    assert count(demo_file, "service") == 27
    done = run(tmp_path, "--database", demo_file, "import", "service", source)
    assert done.returncode == 0, done.stderr
    assert "Imported new.csv: 2 created, 0 updated, 1 unchanged, 0 skipped." in done.stdout
    assert count(demo_file, "service") == 29


def test_a_file_with_problems_is_refused_whole(tmp_path: Path, demo_file: Path) -> None:
    source = files.xlsx(tmp_path / "bad.xlsx", [["Code", "Name", "Owner"], ["OK", "Fine", ""],
                                                ["BAD", "Bad", "nobody@example.org"]], sheet="Dienste")
    result = run(tmp_path, "--database", demo_file, "import", "services", source, "--sheet", "Dienste")
    one_sentence_error(result, "Nothing was imported: bad.xlsx has 1 problem.")
    assert "Row 3, Owner: There is no contact “nobody@example.org”" in result.stderr
    assert count(demo_file, "service") == 27


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Files a user may get wrong, each with the sentence that must answer it."""
    header = ["Code", "Name", "Status", "Owner", "Price"]
    good = files.xlsx(folder / "good.xlsx", [["Code", "Name"], ["OK1", "Fine"]]).read_bytes()

    def raw(name: str, content: bytes) -> Path:
        (folder / name).write_bytes(content)
        return folder / name

    return {
        "empty": (raw("empty.csv", b""), "empty.csv is empty."),
        "blank lines": (raw("blank.csv", b"\r\n  \r\n"), "blank.csv holds no text."),
        "header only": (files.excel_csv(folder / "header.csv", [header]), "a header row but no records"),
        "binary": (raw("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not a text file"),
        "password": (raw("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)), "password-protected"),
        "corrupt": (raw("notes.xlsx", b"just some text"), "is not an XLSX workbook"),
        "truncated": (raw("cut.xlsx", good[: len(good) // 2]), "cut.xlsx is damaged"),
        "csv named ods": (raw("sheet.ods", b"Code,Name\nA,B\n"), "is not an ODS workbook"),
        "missing column": (files.excel_csv(folder / "nocode.csv", [["Name"], ["No code"]]),
                           "The required column “Code” is not mapped."),
        "duplicate codes": (files.excel_csv(folder / "dup.csv", [header, ["D1", "One", "", "", ""],
                                                                  ["D1", "Two", "", "", ""]]),
                            "Row 3, Code: “D1” appears again: row 2 has it already."),
        "unknown owner": (files.libreoffice_csv(folder / "owner.csv", [header, ["O1", "O", "", "no@one.example", ""]]),
                          "Row 2, Owner: There is no contact “no@one.example”"),
        "not in enumeration": (files.xlsx(folder / "enum.xlsx", [header, ["E1", "E", "sleeping", "", ""]]),
                               "Row 2, Status: “sleeping” is not one of"),
        "date for a price": (files.ods(folder / "date.ods", [header, ["P1", "P", "", "", "31.12.2024"]]),
                             "Row 2, Price: “31.12.2024” is not an amount"),
        "decimal comma gone wrong": (files.legacy_csv(folder / "comma.csv", [header, ["P2", "Prix", "", "", "1,2,5"]]),
                                     "Row 2, Price: “1,2,5” is not an amount"),
        "formula never calculated": (files.xlsx(folder / "formula.xlsx", [header, ["F1", "F", "", "", "=2*3"]]),
                                     "Row 2, Price: This cell holds a formula that was never calculated"),
    }


BAD_FILES = ["empty", "blank lines", "header only", "binary", "password", "corrupt", "truncated", "csv named ods",
             "missing column", "duplicate codes", "unknown owner", "not in enumeration", "date for a price",
             "decimal comma gone wrong", "formula never calculated"]


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_with_a_sentence_and_changes_nothing(tmp_path: Path, demo_file: Path,
                                                                  case: str) -> None:
    path, sentence = _bad_files(tmp_path)[case]
    before = demo_file.read_bytes()
    result = run(tmp_path, "--database", demo_file, "import", "services", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert sentence in result.stderr and result.stderr.splitlines()[-1].startswith("itsm-desktop: ")
    assert count(demo_file, "service") == 27 and demo_file.read_bytes() == before


def test_a_refusal_lists_the_first_problems_and_counts_the_rest(tmp_path: Path, demo_file: Path) -> None:
    rows = [["Code", "Name", "Owner"], *([f"N{i}", f"N {i}", "no@one.example"] for i in range(250))]
    result = run(tmp_path, "--database", demo_file, "import", "services",
                 files.libreoffice_csv(tmp_path / "many.csv", rows), "--dry-run")
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and len(lines) == 202
    assert lines[-2:] == ["… and 50 more.", "itsm-desktop: Nothing was imported: many.csv has 250 problems."]


@pytest.mark.parametrize(("args", "fragment"), [
    (("import", "tickets", "x.csv"), "Unknown kind “tickets”"),
    (("import", "services", "missing.csv"), "There is no file missing.csv"),
    (("export", "services", "-o", "out.pdf"), "name the file .csv or .xlsx"),
    (("export", "tickets", "-o", "out.csv"), "Unknown list “tickets”"),
    (("import-all", "missing.zip"), "There is no file missing.zip"),
])
def test_mistakes_get_one_sentence(tmp_path: Path, demo_file: Path, args: tuple[str, ...], fragment: str) -> None:
    one_sentence_error(run(tmp_path, "--database", demo_file, *args), fragment)


def test_export_lists_and_a_template(tmp_path: Path, demo_file: Path) -> None:
    result = run(tmp_path, "--database", demo_file, "export", "services", "-o", "catalog.xlsx", "--search", "mail")
    assert result.returncode == 0 and "row(s) to catalog.xlsx" in result.stdout
    assert run(tmp_path, "--database", demo_file, "export", "history", "-o", "history.csv").returncode == 0
    assert (tmp_path / "history.csv").read_bytes().startswith(b"\xef\xbb\xbfWhen,Who")
    assert run(tmp_path, "template", "contacts", "-o", "contacts.xlsx").returncode == 0
    assert (tmp_path / "contacts.xlsx").stat().st_size > 0


def test_export_all_and_import_all_into_a_new_database(tmp_path: Path, demo_file: Path) -> None:
    exported = run(tmp_path, "--database", demo_file, "export-all", "-o", "portfolio.zip")
    assert exported.returncode == 0, exported.stderr
    target = tmp_path / "moved" / "itsm.db"
    imported = run(tmp_path, "--database", target, "import-all", "portfolio.zip")
    assert imported.returncode == 0, imported.stderr
    for table in ("service", "agreement", "history_entry", "service_level_target"):
        assert count(target, table) == count(demo_file, table)
    again = run(tmp_path, "--database", target, "import-all", "portfolio.zip")
    one_sentence_error(again, "imported only into an empty database")
