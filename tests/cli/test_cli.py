"""The command line, run as a user runs it: a new process, exit codes and messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itsm_desktop import __version__


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "itsm_desktop", *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=env)


def assert_one_sentence_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version_names_the_product_and_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ITSM Desktop {__version__}"


def test_load_demo_creates_folder_and_fills_an_empty_database(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "itsm.db"
    result = run("--database", target, "load-demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Loaded the sample portfolio" in result.stdout
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT count(*) FROM service").fetchone()[0] >= 20
        assert con.execute("SELECT count(*) FROM agreement").fetchone()[0] >= 6


def test_load_demo_refuses_a_database_with_records_and_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "itsm.db"
    assert run("--database", target, "load-demo").returncode == 0
    before = target.read_bytes()
    result = run("--database", target, "load-demo")
    assert_one_sentence_error(result, "already holds records")
    assert target.read_bytes() == before


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--database", tmp_path / "x.db", "frobnicate")
    assert result.returncode == 2
    assert_one_sentence_error(result, "Unknown command 'frobnicate'")


@pytest.mark.parametrize("content, message", [
    (b"this is a text file, not a database\n", "not an ITSM Desktop database"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
])
def test_bad_files_get_one_sentence_and_stay_unchanged(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "bad.db"
    target.write_bytes(content)
    result = run("--database", target, "load-demo")
    assert_one_sentence_error(result, message)
    assert target.read_bytes() == content


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    result = run("--database", tmp_path, "load-demo")
    assert_one_sentence_error(result, "is a folder")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("demo") / "itsm.db"
    assert run("--database", target, "load-demo").returncode == 0
    return target


def test_export_sla_writes_a_pdf(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sla.pdf"
    result = run("--database", demo_db, "export-sla", "SLA-2026-001", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_export_sla_unknown_reference(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sla.pdf"
    result = run("--database", demo_db, "export-sla", "SLA-1999-999", "-o", out)
    assert_one_sentence_error(result, "no agreement with the reference SLA-1999-999")
    assert not out.exists()


def test_export_sla_unwritable_path(demo_db: Path, tmp_path: Path) -> None:
    result = run("--database", demo_db, "export-sla", "SLA-2026-001", "-o", tmp_path / "missing" / "x.pdf")
    assert_one_sentence_error(result, "does not exist")


def test_export_catalog_writes_a_pdf(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "catalog.pdf"
    result = run("--database", demo_db, "export-catalog", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_export_commands_refuse_a_bad_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("nope")
    result = run("--database", bad, "export-catalog", "-o", tmp_path / "c.pdf")
    assert_one_sentence_error(result, "not an ITSM Desktop database")
