"""Paths with URI characters, files that only pretend to be ours, damage the quick check
misses, and nothing left behind by checking, copying or a killed process."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.forms import OrganizationForm, ServiceForm
from itsm_desktop.services import catalog, stakeholders
from itsm_desktop.services.maintenance import backup_file, check_database, restore_backup
from itsm_desktop.store import Database, StoreError
from itsm_desktop.store.integrity import IntegrityCheck
from itsm_desktop.store.schema import expected_schema

pytestmark = pytest.mark.sqlite_only  # the local file itself

PAGE = 4096


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mode


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["Team #5", "What?", "%41 and %", "a&b=c;d"])
def test_paths_with_uri_characters(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "itsm %41.db"
    with Database.open(path) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    assert _files(path.parent) == ["itsm %41.db"]  # closed cleanly, nothing beside it
    assert _files(tmp_path) == [folder]  # no file named after a cut-off path
    assert check_database(path)[0] == []
    copy = backup_file(path, output=path.parent / "copy #1?.db")
    assert _files(path.parent) == ["copy #1?.db", "itsm %41.db"]
    assert restore_backup(path, copy) is not None
    with Database.open(path) as db:
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]


def test_a_damaged_file_behind_a_hash_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Team #5" / "itsm.db"
    with Database.open(path) as db:
        for i in range(300):
            stakeholders.create_organization(db, form=OrganizationForm(name=f"Org {i}", notes="x" * 300))
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle:middle + 2 * PAGE] = b"\xde\xad\xbe\xef" * (PAGE // 2)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        Database.open(path)
    assert check_database(path)[0] != []
    assert _files(tmp_path) == ["Team #5"]


# --- files that are not ours ---------------------------------------------------------------


def _foreign_with_our_label(path: Path, revision: str = "0001") -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        con.execute("INSERT INTO recipes (title) VALUES ('Soup')")
        con.commit()
    path.chmod(0o644)


@pytest.mark.parametrize("revision", ["0001", "head"])
def test_a_foreign_database_with_our_revision_label_is_refused_untouched(tmp_path: Path, revision: str) -> None:
    from itsm_desktop.store import migrate

    path = tmp_path / "recipes.db"
    _foreign_with_our_label(path, migrate.head_revision() if revision == "head" else revision)
    before = _fingerprint(path)
    with pytest.raises(StoreError, match="not an ITSM Desktop database") as caught:
        Database.open(path)
    assert "\n" not in str(caught.value)
    assert _fingerprint(path) == before and _files(tmp_path) == ["recipes.db"]
    problems, summary = check_database(path)
    assert any("not an ITSM Desktop database" in p for p in problems), problems


def test_a_database_missing_one_column_is_refused(db: Database, tmp_path: Path) -> None:
    db.close()
    with closing(sqlite3.connect(db.path)) as con:
        con.execute("ALTER TABLE contact DROP COLUMN notes")
        con.commit()
    with pytest.raises(StoreError, match="contact lacks the columns notes"):
        Database.open(db.path)


def test_restore_refuses_a_foreign_database_with_our_label(db: Database, tmp_path: Path) -> None:
    stakeholders.create_organization(db, form=OrganizationForm(name="Ours"))
    foreign = tmp_path / "recipes.db"
    _foreign_with_our_label(foreign)
    with pytest.raises(StoreError, match="cannot be restored"):
        restore_backup(db.path, foreign)
    assert [o.name for o in stakeholders.list_organizations(db)] == ["Ours"]
    assert not list(tmp_path.glob("*before-restore*"))


def test_expected_schema_follows_the_migrations() -> None:
    from itsm_desktop.store import migrate

    head = expected_schema(migrate.head_revision())
    first = expected_schema("0001")
    assert "organization" in first and "name" in first["organization"]
    assert set(first) <= set(head)


def test_the_written_down_newest_schema_is_the_models() -> None:
    # what opening a database checks against without defining every table: run
    # ``python packaging/head_schema.py`` after changing the models
    from itsm_desktop.store import head_schema, migrate
    from itsm_desktop.store.schema import from_models

    assert migrate.head_revision() == head_schema.REVISION
    assert {table: frozenset(columns) for table, columns in head_schema.TABLES.items()} == from_models()


def test_a_newer_migration_than_the_written_down_schema_is_checked_against_the_models(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from itsm_desktop.store import head_schema, migrate
    from itsm_desktop.store.schema import from_models

    monkeypatch.setattr(head_schema, "TABLES", {"organization": ("id",)})
    monkeypatch.setattr(head_schema, "REVISION", "0001")
    assert expected_schema(migrate.head_revision()) == from_models()


# --- damage the quick check misses ---------------------------------------------------------


def _break_code_index(path: Path) -> None:
    """Change one code inside the service code index only: the table still says EMAIL."""
    with closing(sqlite3.connect(path)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                           "AND name = 'sqlite_autoindex_service_1'").fetchone()[0]  # UNIQUE (code)
    data = bytearray(path.read_bytes())
    page = data[(root - 1) * PAGE: root * PAGE]
    at = page.find(b"EMAIL")
    assert at > 0
    data[(root - 1) * PAGE + at: (root - 1) * PAGE + at + 5] = b"EMAIZ"
    path.write_bytes(bytes(data))


def test_an_index_out_of_step_with_its_table_is_found(db: Database) -> None:
    catalog.create_service(db, form=ServiceForm(code="EMAIL", name="E-mail"))
    catalog.create_service(db, form=ServiceForm(code="WEB", name="Web"))
    db.close()
    _break_code_index(db.path)
    with closing(sqlite3.connect(db.path)) as con:
        assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)  # what opening runs
    assert IntegrityCheck(db.path).run() is not None  # the background check finds it
    problems, _summary = check_database(db.path)
    assert any("Integrity" in p for p in problems)
    shutil.copy(db.path, db.path.with_name("damaged.db"))
    with Database.open(db.path.with_name("fresh.db")) as fresh, pytest.raises(StoreError, match="cannot be restored"):
        restore_backup(fresh.path, db.path.with_name("damaged.db"))


def test_dangling_foreign_keys_are_found(db: Database) -> None:
    org = stakeholders.create_organization(db, form=OrganizationForm(name="Gone"))
    from itsm_desktop.domain.forms import ContactForm

    stakeholders.create_contact(db, form=ContactForm(name="Ann", organization_id=org.id))
    db.close()
    with closing(sqlite3.connect(db.path)) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DELETE FROM organization WHERE id = ?", (org.id,))
        con.commit()
    assert IntegrityCheck(db.path).run() is not None
    problems, _summary = check_database(db.path)
    assert any("Foreign key: contact" in p for p in problems), problems
    with Database.open(db.path.with_name("fresh.db")) as fresh, pytest.raises(ItsmError, match="cannot be restored"):
        restore_backup(fresh.path, db.path)


# --- nothing left behind -------------------------------------------------------------------


def test_check_and_backup_leave_nothing_beside_the_source(db: Database, tmp_path: Path) -> None:
    stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
    db.close()
    before = _files(db.path.parent)
    assert check_database(db.path)[0] == []
    backup_file(db.path, output=tmp_path / "out" / "copy.db")
    assert [name for name in _files(db.path.parent) if name != "out"] == before
    assert _files(tmp_path / "out") == ["copy.db"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_check_in_a_read_only_folder(db: Database, tmp_path: Path) -> None:
    db.close()
    folder = db.path.parent
    folder.chmod(0o555)
    try:
        problems, summary = check_database(db.path)
        assert problems == [] and summary.endswith("healthy.")
    finally:
        folder.chmod(0o755)


def test_check_of_a_file_read_as_immutable(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # what a read-only folder means (root ignores permissions, so it is simulated here)
    from itsm_desktop.store import sqlite_files

    db.close()
    monkeypatch.setattr(sqlite_files, "_writable", lambda _path: False)
    problems, summary = check_database(db.path)
    assert problems == [] and summary.endswith("healthy.")
    assert _files(db.path.parent) == ["itsm.db"]


def test_what_a_killed_process_left_is_removed_at_the_next_open(db: Database, tmp_path: Path) -> None:
    db.close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    stale = [tmp_path / f".itsm.before-upgrade-20260101-120000.db.{pid}-0123abcd.part",
             tmp_path / f".itsm.before-upgrade-20260101-120000.db.{pid}-0123abcd.part-journal",
             tmp_path / f".itsm.restore.db.{pid}-89abcdef.part"]
    alive = tmp_path / f".itsm.restore.db.{os.getppid()}-89abcdef.part"  # its process still runs
    for path in (*stale, alive):
        path.write_bytes(b"partial")
    Database.open(db.path).close()
    assert not any(p.exists() for p in stale)
    assert alive.exists()
