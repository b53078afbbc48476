"""Exports never replace a database or its journal files, follow the umask, and leave no
temporary file behind; read-only commands never create a database they were mistyped for."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.services import output_files
from itsm_desktop.services.output_files import write_file

from .test_cli import assert_one_sentence_error

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


def run(*args: str | Path, cwd: Path | None = None, umask: int = -1) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "itsm_desktop", *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=env, umask=umask)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (links not followed) with a digest of its bytes."""
    found = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            found[entry.name] = "-> " + os.readlink(entry)
        elif entry.is_file():
            found[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()
        else:
            found[entry.name] = "folder"
    return found


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Path:
    """A closed ITSM Desktop database with journal files beside it, as a crash leaves them."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "itsm.db"
    shutil.copy2(migrated_template, path)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).write_bytes(b"")
    return path


# --- the command line ---------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("command", [["export-sla", "SLA-2026-001"], ["export-catalog"]])
@pytest.mark.parametrize("output", [
    "itsm.db", "itsm.db-wal", "itsm.db-shm", "itsm.db-journal", "./sub/../itsm.db",
    "hard-link", "symbolic-link", "journal-link",
])
def test_an_export_never_replaces_the_database_or_its_journal_files(
        database: Path, command: list[str], output: str) -> None:
    folder = database.parent
    (folder / "sub").mkdir()
    os.link(database, folder / "hard-link")
    (folder / "symbolic-link").symlink_to(database.name)
    (folder / "journal-link").symlink_to(database.name + "-shm")
    before = snapshot(folder)
    result = run("--database", database, *command, "-o", output, cwd=folder)
    assert_one_sentence_error(result, "never overwritten", "choose another file name")
    assert snapshot(folder) == before


def test_an_export_never_replaces_another_sqlite_file(database: Path, tmp_path: Path) -> None:
    backup = tmp_path / "yesterday.pdf"  # a database, whatever its name says
    shutil.copy2(database, backup)
    before = backup.read_bytes()
    result = run("--database", database, "export-catalog", "-o", backup)
    assert_one_sentence_error(result, "is a database", "choose another file name")
    assert backup.read_bytes() == before


@pytest.mark.parametrize("magic, kind", [
    (b"\x37\x7f\x06\x82", "write-ahead log"),
    (b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", "rollback journal"),
])
def test_an_export_never_replaces_a_journal_of_another_database(
        database: Path, tmp_path: Path, magic: bytes, kind: str) -> None:
    journal = tmp_path / "other.db-wal.pdf"
    journal.write_bytes(magic + b"\x00" * 60)
    result = run("--database", database, "export-catalog", "-o", journal)
    assert_one_sentence_error(result, kind)
    assert journal.read_bytes() == magic + b"\x00" * 60


def test_an_export_onto_a_folder_is_refused(database: Path, tmp_path: Path) -> None:
    result = run("--database", database, "export-catalog", "-o", tmp_path)
    assert_one_sentence_error(result, "is a folder")


def test_a_backup_never_replaces_the_database_journal(database: Path) -> None:
    before = snapshot(database.parent)
    result = run("--database", database, "backup", "-o", database.with_name("itsm.db-wal"))
    assert_one_sentence_error(result, "journal file of the database")
    assert snapshot(database.parent) == before


@posix_only
@pytest.mark.parametrize("umask, mode", [(0o077, 0o600), (0o022, 0o644), (0o027, 0o640)])
def test_an_exported_pdf_follows_the_umask(database: Path, tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "catalog.pdf"
    out.write_bytes(b"an older export")
    out.chmod(0o666)
    result = run("--database", database, "export-catalog", "-o", out, umask=umask)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.pdf", "data"]


@pytest.mark.parametrize("command", [
    ["export-sla", "SLA-2026-001", "-o", "out.pdf"],
    ["export-catalog", "-o", "out.pdf"],
    ["check"],
    ["backup", "-o", "copy.db"],
])
def test_a_mistyped_database_is_never_created_by_a_reading_command(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo" / "itsm.db"
    result = run("--database", missing, *command, cwd=tmp_path)
    assert_one_sentence_error(result, f"The database {missing} does not exist")
    assert list(tmp_path.iterdir()) == []


def test_without_a_database_a_reading_command_says_how_to_make_one(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "itsm_desktop", "check"], capture_output=True,
                            text=True, timeout=120, env=env)
    assert_one_sentence_error(result, "There is no database yet", "load-demo")
    assert list(tmp_path.iterdir()) == []


# --- write_file, as the window's Export PDF uses it ------------------------------------------


def test_write_file_refuses_a_database_and_its_journals_without_being_told(database: Path) -> None:
    with sqlite3.connect(database) as con:  # an open database in WAL mode, as the window holds it
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE IF NOT EXISTS t (x)")
        before = snapshot(database.parent)
        for name in ("itsm.db", "itsm.db-wal", "itsm.db-shm"):
            with pytest.raises(ItsmError, match="choose another file name"):
                write_file(database.with_name(name), b"%PDF-1.4")
        assert snapshot(database.parent) == before


@posix_only
def test_write_file_refuses_a_hard_link_to_a_protected_journal(database: Path, tmp_path: Path) -> None:
    shm = database.with_name("itsm.db-shm")
    os.link(shm, tmp_path / "notes.pdf")
    with pytest.raises(ItsmError, match="journal file of the database"):
        write_file(tmp_path / "notes.pdf", b"%PDF-1.4", protect=[database])
    write_file(tmp_path / "other.pdf", b"%PDF-1.4", protect=[database])


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_changes_nothing_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    target = tmp_path / "agreement.pdf"
    target.write_bytes(b"the previous export")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_files.os, failing, fail)
    with pytest.raises(ItsmError, match=r"^Cannot write .*agreement.pdf: No space left on device\.$"):
        write_file(target, b"%PDF-1.4 new")
    monkeypatch.undo()
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output_files.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_file(tmp_path / "agreement.pdf", b"%PDF-1.4")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_write_file_replaces_an_older_export_whole(tmp_path: Path) -> None:
    target = tmp_path / "agreement.pdf"
    target.write_bytes(b"%PDF-1.4 older")
    assert write_file(target, b"%PDF-1.4 newer") == target
    assert target.read_bytes() == b"%PDF-1.4 newer"
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_an_unexpected_failure_is_one_line_without_a_traceback(
        database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from itsm_desktop import cli
    from itsm_desktop.documents import catalog_pdf

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise RuntimeError("renderer exploded\nwith a second line")

    monkeypatch.setattr(catalog_pdf, "render_catalog_stream", broken)
    code = cli.main(["--database", str(database), "export-catalog", "-o", str(tmp_path / "c.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "itsm-desktop: The command failed unexpectedly (RuntimeError: renderer exploded).\n"
    assert not (tmp_path / "c.pdf").exists()
