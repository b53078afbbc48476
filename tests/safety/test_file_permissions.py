"""On POSIX systems the database, its WAL files and its backups are readable by the owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.maintenance import auto_backup, backup_database, restore_backup
from itsm_desktop.store import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask-022", "umask-002", "umask-000"])
def permissive_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _all_files(db: Database) -> list[Path]:
    return [db.path, db.path.with_name(db.path.name + "-wal"), db.path.with_name(db.path.name + "-shm")]


def test_a_new_database_and_its_wal_files_are_private(tmp_path: Path, permissive_umask: int) -> None:
    with Database.open(tmp_path / "itsm.db") as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        files = _all_files(db)
        assert all(f.exists() for f in files)  # the WAL files exist while it is open
        assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}


def test_an_existing_readable_database_is_made_private_on_open(tmp_path: Path, permissive_umask: int) -> None:
    path = tmp_path / "itsm.db"
    Database.open(path).close()
    path.chmod(0o644)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with Database.open(path) as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        assert {f.name: _mode(f) for f in _all_files(db)} == {f.name: 0o600 for f in _all_files(db)}


def test_a_new_database_in_a_new_folder(tmp_path: Path, permissive_umask: int) -> None:
    with Database.open(tmp_path / "deep" / "er" / "itsm.db") as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        assert _mode(db.path) == 0o600


def test_backups_and_restores_are_private(tmp_path: Path, permissive_umask: int) -> None:
    with Database.open(tmp_path / "itsm.db") as db:
        stakeholders.create_organization(db, form=OrganizationForm(name="Finance"))
        manual = backup_database(db, output=tmp_path / "manual" / "copy.db")
        automatic = auto_backup(db, now=datetime(2026, 1, 1, 9, 0))
        path = db.path
    assert automatic is not None
    kept = restore_backup(path, manual)
    assert kept is not None
    for file in (manual, automatic, kept, path):
        assert _mode(file) == 0o600, file
    assert _mode(automatic.parent) == 0o700
    with Database.open(path) as db:
        stakeholders.list_organizations(db)
        assert {f.name: _mode(f) for f in _all_files(db)} == {f.name: 0o600 for f in _all_files(db)}


def test_no_moment_of_a_readable_file_while_a_new_database_is_created(
        tmp_path: Path, permissive_umask: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from itsm_desktop.store import migrate

    seen: dict[str, int] = {}
    original = migrate.upgrade

    def watching(connection, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(connection, *args, **kwargs)
        for f in tmp_path.iterdir():  # the schema is written: the WAL files exist now
            seen[f.name] = _mode(f)

    monkeypatch.setattr(migrate, "upgrade", watching)
    Database.open(tmp_path / "itsm.db").close()
    assert {"itsm.db", "itsm.db-wal"} <= set(seen)
    assert set(seen.values()) == {0o600}, seen
