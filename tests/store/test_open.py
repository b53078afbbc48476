"""Opening database files: the good path, and every bad file refused without touching it."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.store import Database, StoreError, default_database_path, migrate

pytestmark = pytest.mark.sqlite_only  # the local file itself

PAGE = 4096


def _one_sentence(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith(".")
    # one sentence: no full stop followed by a space and a capital inside it
    assert not re.search(r"[.!?] [A-Z]", message), message


def _fingerprint(path: Path) -> tuple[bytes, int, int]:
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns, st.st_mode


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filled") / "filled.db"
    with Database.open(path) as db:
        for i in range(40):
            stakeholders.create_organization(db, form=OrganizationForm(name=f"Organization {i}",
                                                                       notes="Lorem ipsum " * 40))
    assert path.stat().st_size > 20 * PAGE
    assert not path.with_name("filled.db-wal").exists()
    return path


@pytest.fixture
def filled(filled_template: Path, tmp_path: Path) -> Path:
    """A real database with enough rows to span many pages, closed cleanly."""
    path = tmp_path / "filled.db"
    shutil.copy2(filled_template, path)
    return path


def _refused(path: Path, *, words: str, busy_timeout: float = 0.2) -> StoreError:
    before = _fingerprint(path) if path.is_file() else None
    names = _siblings(path)
    with pytest.raises(StoreError) as caught:
        Database.open(path, busy_timeout=busy_timeout)
    message = str(caught.value)
    _one_sentence(message)
    assert words in message
    if before is not None:
        assert _fingerprint(path) == before, "the file was modified"
    assert _siblings(path) == names, "files were created or removed next to it"
    return caught.value


# --- the good path ---------------------------------------------------------------------


def test_new_database_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "itsm.db"
    with Database.open(path) as db:
        assert db.path == path.resolve()
        assert db.backup_made is None
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.head_revision(),)]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"organization", "contact", "service", "agreement", "history_entry"} <= tables


def test_reopening_keeps_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "itsm.db"
    with Database.open(path) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    with Database.open(path) as db:
        assert db.backup_made is None
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []


def test_connections_have_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    with Database.open(tmp_path / "itsm.db", busy_timeout=2.5) as db:
        for session_factory in (db.read, db.write):
            with session_factory() as session:
                con = session.connection()
                assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert con.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from itsm_desktop.domain.models import Contact

    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Contact(name="Orphan", organization_id=999))
    with db.read() as session:
        assert session.get(Contact, 1) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "itsm.db"
    Database.open(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Database.open(path) as db:
        assert stakeholders.list_organizations(db) == []
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_default_path_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_database_path()
    assert path.name == "itsm.db"
    assert "itsm-desktop" in path.parts
    if sys.platform.startswith("linux"):
        assert path == tmp_path / "xdg" / "itsm-desktop" / "itsm.db"


# --- bad files: refused with one sentence, byte-for-byte untouched ---------------------


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "budget.db"
    path.write_bytes(b"Name;Amount\nServers;12000\n" * 50)
    _refused(path, words="not an ITSM Desktop database")


def test_sqlite_file_of_another_application(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        con.execute("INSERT INTO recipes (title) VALUES ('Soup')")
        con.commit()
    _refused(path, words="another application")


@pytest.mark.parametrize("keep", [0.5, 0.75])
def test_truncated_database(filled: Path, keep: float) -> None:
    size = filled.stat().st_size
    with filled.open("r+b") as handle:
        handle.truncate(int(size * keep))
    _refused(filled, words="damaged")


@pytest.mark.parametrize("where", [1 / 3, 1 / 2])
def test_corrupt_database(filled: Path, where: float) -> None:
    pages = filled.stat().st_size // PAGE
    first = int(pages * where)
    with filled.open("r+b") as handle:
        handle.seek(first * PAGE)
        handle.write(b"\xde\xad\xbe\xef" * (PAGE // 4) * 3)
    _refused(filled, words="damaged")


def test_damaged_page_reported_in_one_sentence(filled: Path) -> None:
    # A broken b-tree page: SQLite's integrity report is several lines long.
    with filled.open("r+b") as handle:
        handle.seek(PAGE + 8)
        handle.write(b"\xff\xff")
    _refused(filled, words="damaged")


def test_database_from_a_newer_version(filled: Path) -> None:
    with closing(sqlite3.connect(filled)) as con:
        con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        con.commit()
    _refused(filled, words="newer version")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_database(filled: Path) -> None:
    filled.chmod(0o444)
    try:
        _refused(filled, words="read-only")
        assert filled.stat().st_mode & 0o777 == 0o444
    finally:
        filled.chmod(0o600)


@pytest.fixture
def other_writer(filled: Path, request: pytest.FixtureRequest) -> Iterator[sqlite3.Connection]:
    """Another program holding a write lock on the file."""
    con = sqlite3.connect(filled, isolation_level=None)
    if request.param == "rollback journal":
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("BEGIN EXCLUSIVE")
    else:
        con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE organization SET notes = 'held' WHERE id = 1")
    try:
        yield con
    finally:
        con.execute("ROLLBACK")
        con.close()


@pytest.mark.parametrize("other_writer", ["rollback journal", "wal"], indirect=True)
def test_locked_by_another_writer(filled: Path, other_writer: sqlite3.Connection) -> None:
    before = _fingerprint(filled)
    with pytest.raises(StoreError) as caught:
        Database.open(filled, busy_timeout=0.2)
    _one_sentence(str(caught.value))
    assert "locked" in str(caught.value)
    assert _fingerprint(filled) == before
    other_writer.execute("ROLLBACK")
    other_writer.execute("BEGIN")  # the fixture ends it
    with Database.open(filled, busy_timeout=0.2) as db:
        assert stakeholders.get_organization(db, 1).notes.startswith("Lorem")


def test_folder_path(tmp_path: Path) -> None:
    folder = tmp_path / "itsm.db"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    _refused(folder, words="is a folder")
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_parent_is_a_file(tmp_path: Path) -> None:
    parent = tmp_path / "notes.txt"
    parent.write_text("mine")
    with pytest.raises(StoreError) as caught:
        Database.open(parent / "itsm.db")
    _one_sentence(str(caught.value))
    assert parent.read_text() == "mine"



def test_newer_database_with_a_left_over_journal_is_untouched(tmp_path: Path) -> None:
    # a newer release crashed with committed changes still in its write-ahead log
    live = tmp_path / "live"
    live.mkdir()
    Database.open(live / "itsm.db").close()
    con = sqlite3.connect(live / "itsm.db")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    con.execute("CREATE TABLE from_the_future (x)")
    con.commit()
    crashed = tmp_path / "crashed"
    shutil.copytree(live, crashed)  # the files as the crash left them
    con.close()
    path = crashed / "itsm.db"
    assert path.with_name("itsm.db-wal").stat().st_size > 0
    # the -shm file is SQLite's shared-memory index of the log, rebuilt by any reader: not data
    data_files = ("itsm.db", "itsm.db-wal")
    before = {name: (crashed / name).read_bytes() for name in data_files}
    with pytest.raises(StoreError, match="newer version"):
        Database.open(path)
    assert {name: (crashed / name).read_bytes() for name in data_files} == before
