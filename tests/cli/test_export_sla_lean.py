"""``export-sla`` on a local file at the current schema reads it straight through ``sqlite3``
(no SQLAlchemy, SQLModel, pydantic or table models loaded), and prints exactly what opening
the database prints; on any doubt about the file it opens it as every other command does."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from itsm_desktop.store import migrate
from itsm_desktop.store.head_schema import REVISION as SCHEMA_HEAD

from .test_cli import assert_one_sentence_error

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "itsm_desktop.domain.models")


def run(*args: str | Path, importtime: bool = False) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own; reportlab writes no date or random id into the
    PDF (``RL_invariant``), so that two runs printing the same document write the same bytes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RL_invariant": "1", "LC_ALL": "en_GB.UTF-8"}
    env.pop("DISPLAY", None)
    python = [sys.executable, *(["-X", "importtime"] if importtime else [])]
    return subprocess.run([*python, "-m", "itsm_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env)


def imported(stderr: str) -> set[str]:
    """The modules ``-X importtime`` reported."""
    return {line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def revision_of(path: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchall()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "itsm.db"
    assert run("--database", target, "load-demo").returncode == 0
    return target


def test_the_written_down_head_the_lean_path_reads_is_the_newest_migration() -> None:
    assert migrate.head_revision() == SCHEMA_HEAD


def test_a_current_file_prints_without_the_orm(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sla.pdf"
    result = run("--database", demo_db, "export-sla", "SLA-2026-001", "-o", out, importtime=True)
    assert result.returncode == 0, result.stderr
    loaded = imported(result.stderr)
    assert "reportlab" in loaded  # the report does list what was imported
    assert not {m for m in loaded if m.split(".")[0] in HEAVY[:3] or m.startswith(HEAVY[3])}
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("reference", "options"), [
    ("SLA-2026-001", ()),
    ("SLA-2026-001", ("--language", "de", "--page-size", "Letter")),
    ("SLA-2025-004", ("--revision", "1", "--language", "fr")),
    ("OLA-2026-001", ("--page-size", "A4")),
    ("UC-2026-001", ("--language", "de")),
])
def test_the_lean_path_prints_what_the_opened_database_prints(demo_db: Path, tmp_path: Path, reference: str,
                                                              options: tuple[str, ...]) -> None:
    lean, opened = tmp_path / "lean.pdf", tmp_path / "opened.pdf"
    assert run("--database", demo_db, "export-sla", reference, "-o", lean, *options).returncode == 0
    # a database named by its URL is always opened as the application opens it
    by_url = run("--database", f"sqlite:///{demo_db}", "export-sla", reference, "-o", opened, *options,
                 importtime=True)
    assert by_url.returncode == 0, by_url.stderr
    assert "sqlalchemy" in imported(by_url.stderr)
    assert lean.read_bytes() == opened.read_bytes()


def test_untranslated_clauses_are_still_reported(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "itsm.db"
    shutil.copy2(demo_db, copy)
    with closing(sqlite3.connect(copy)) as con, con:
        con.execute("UPDATE clause_version SET translations = '{}'")
    result = run("--database", copy, "export-sla", "SLA-2026-001", "-o", tmp_path / "sla.pdf", "--language", "fr",
                 importtime=True)
    assert result.returncode == 0
    assert "sqlalchemy" not in imported(result.stderr)
    warning = [line for line in result.stderr.splitlines() if not line.startswith("import time:")]
    assert len(warning) == 1 and warning[0].startswith("These clauses have no text in fr and were printed in English: ")


def test_an_unknown_reference_is_one_sentence(demo_db: Path, tmp_path: Path) -> None:
    result = run("--database", demo_db, "export-sla", "SLA-1999-999", "-o", tmp_path / "x.pdf", "--revision", "3")
    assert_one_sentence_error(result, "There is no agreement with the reference SLA-1999-999 revision 3.")
    assert result.returncode == 1
    assert not (tmp_path / "x.pdf").exists()


def test_an_older_file_is_upgraded_as_before(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    with engine.connect() as connection:
        migrate.upgrade(connection, "0015")
    engine.dispose()
    result = run("--database", old, "export-sla", "SLA-2026-001", "-o", tmp_path / "x.pdf")
    assert_one_sentence_error(result, "There is no agreement with the reference SLA-2026-001.")
    assert revision_of(old) == [(SCHEMA_HEAD,)]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("old") and p.name != "old.db"]  # its copy


def test_a_newer_file_is_refused_and_left_alone(demo_db: Path, tmp_path: Path) -> None:
    newer = tmp_path / "itsm.db"
    shutil.copy2(demo_db, newer)
    with closing(sqlite3.connect(newer)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = newer.read_bytes()
    result = run("--database", newer, "export-sla", "SLA-2026-001", "-o", tmp_path / "x.pdf")
    assert_one_sentence_error(result, "was written by a newer version of ITSM Desktop")
    assert newer.read_bytes() == before
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("not a database\n" * 100)
    result = run("--database", other, "export-sla", "SLA-2026-001", "-o", tmp_path / "x.pdf")
    assert_one_sentence_error(result, "is not an ITSM Desktop database")


def test_a_file_lacking_a_table_it_reads_is_refused_as_not_ours(demo_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "itsm.db"
    shutil.copy2(demo_db, other)
    with closing(sqlite3.connect(other)) as con, con:
        con.execute("DROP TABLE underpinning_link")
    result = run("--database", other, "export-sla", "SLA-2026-001", "-o", tmp_path / "x.pdf")
    assert_one_sentence_error(result, "is not an ITSM Desktop database", "underpinning_link")


def test_a_damaged_file_is_refused_as_opening_refuses_it(demo_db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "itsm.db"
    shutil.copy2(demo_db, damaged)
    with closing(sqlite3.connect(damaged)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'service_level_target'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    with damaged.open("r+b") as file:  # the table's root page no longer says what kind of page it is
        file.seek((root - 1) * page_size)
        file.write(bytes(16))
    result = run("--database", damaged, "export-sla", "SLA-2026-001", "-o", tmp_path / "x.pdf")
    assert_one_sentence_error(result, "is damaged; restore it from a backup")
    assert not (tmp_path / "x.pdf").exists()
