"""Backups: consistent copies, daily rotating backups, and a restore that checks before it replaces."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.maintenance import (
    DEFAULT_KEEP_BACKUPS,
    auto_backup,
    backup_database,
    check_database,
    default_backup_folder,
    list_automatic_backups,
    restore_backup,
)
from itsm_desktop.store import Database, StoreError
from itsm_desktop.store.restore import restore_staged, stage_copy
from itsm_desktop.store.sqlite_files import publish_new

from .safety_helpers import PYTHON, damage, python_env

NOON = datetime(2026, 3, 2, 12, 0, 0)


def _names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return [r[0] for r in con.execute("SELECT name FROM organization ORDER BY name")]


def _org(db: Database, name: str) -> None:
    stakeholders.create_organization(db, form=OrganizationForm(name=name))


# --- manual backups ------------------------------------------------------------------------


def test_backup_is_a_healthy_self_contained_copy(db: Database, tmp_path: Path) -> None:
    _org(db, "Finance")
    copy = backup_database(db, output=tmp_path / "out" / "copy.db")
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.db"]  # no -wal, -shm or .part
    assert _names(copy) == ["Finance"]
    assert check_database(copy)[0] == []


def test_backup_refuses_to_overwrite_the_database(db: Database) -> None:
    with pytest.raises(ItsmError, match="cannot overwrite the database"):
        backup_database(db, output=db.path)


def test_backup_while_another_connection_holds_a_write_transaction(db: Database, tmp_path: Path) -> None:
    _org(db, "Committed")
    with closing(sqlite3.connect(db.path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO organization (name, code, kind, email, phone, website, address, notes,"
                       " active, search_text, created_at, updated_at, version) VALUES ('Uncommitted', '',"
                       " 'customer', '', '', '', '', '', 1, '', '2026-01-01', '2026-01-01', 1)")
        copy = backup_database(db, output=tmp_path / "copy.db")  # does not wait for the writer
        writer.execute("COMMIT")
    assert _names(copy) == ["Committed"]  # the committed state, not half of a transaction
    assert check_database(copy)[0] == []
    assert _names(db.path) == ["Committed", "Uncommitted"]


# --- automatic backups ---------------------------------------------------------------------


def test_default_backup_folder_is_beside_the_database(tmp_path: Path) -> None:
    assert default_backup_folder(tmp_path / "itsm.db") == tmp_path / "backups"
    assert DEFAULT_KEEP_BACKUPS == 7


def test_auto_backup_takes_one_backup_a_day(db: Database) -> None:
    _org(db, "Day one")
    first = auto_backup(db, now=NOON)
    assert first is not None and first == db.path.parent / "backups" / "itsm-20260302-120000.db"
    assert _names(first) == ["Day one"]
    _org(db, "Later that day")
    assert auto_backup(db, now=NOON + timedelta(hours=5)) is None  # today's exists
    second = auto_backup(db, now=NOON + timedelta(days=1))
    assert second is not None and second.name == "itsm-20260303-120000.db"
    assert _names(second) == ["Day one", "Later that day"]
    assert [p for _when, p in list_automatic_backups(db.path)] == [second, first]  # newest first


def test_auto_backup_keeps_the_newest_n_and_nothing_else_is_touched(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    strangers = ["notes.txt", "other-20200101-000000.db", "itsm-manual.db", "itsm-20261399-000000.db"]
    for name in strangers:
        (folder / name).write_text("not ours")
    made = [auto_backup(db, folder, keep=3, now=NOON + timedelta(days=d)) for d in range(6)]
    assert all(m is not None for m in made)
    kept = sorted(p.name for p in folder.iterdir() if p.name not in strangers)
    assert kept == ["itsm-20260305-120000.db", "itsm-20260306-120000.db", "itsm-20260307-120000.db"]
    assert all((folder / name).read_text() == "not ours" for name in strangers)
    # a smaller preference prunes at once, even on a day that already has its backup
    assert auto_backup(db, folder, keep=1, now=NOON + timedelta(days=5, hours=1)) is None
    assert sorted(p.name for p in folder.iterdir() if p.name not in strangers) == ["itsm-20260307-120000.db"]


def test_auto_backup_refuses_to_keep_none(db: Database) -> None:
    with pytest.raises(ItsmError):
        auto_backup(db, keep=0)


def test_auto_backup_into_an_unusable_folder_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(ItsmError, match="automatic backup"):
        auto_backup(db, blocker, now=NOON)


# --- restore -------------------------------------------------------------------------------


@pytest.fixture
def backup(db: Database, tmp_path: Path) -> Path:
    """A backup holding "Before"; the live database then also gets "After"."""
    _org(db, "Before")
    copy = backup_database(db, output=tmp_path / "saved" / "backup.db")
    _org(db, "After")
    return copy


def test_restore_round_trip(db: Database, backup: Path) -> None:
    db.close()  # the caller's part of the contract
    kept = restore_backup(db.path, backup)
    assert kept is not None and kept.parent == db.path.parent
    assert kept.name.startswith("itsm.before-restore-") and kept.suffix == ".db"
    assert _names(kept) == ["After", "Before"]  # the replaced database, whole
    assert not db.path.with_name("itsm.db-wal").exists()
    with Database.open(db.path) as reopened:
        assert [o.name for o in stakeholders.list_organizations(reopened)] == ["Before"]
    assert check_database(db.path)[0] == []
    assert _names(backup) == ["Before"]  # the backup itself is left as it was
    assert not list(db.path.parent.glob(".*restore*"))


@pytest.mark.parametrize("how", ["index", "pages", "header"])
def test_restore_after_the_database_was_damaged(db: Database, backup: Path, how: str) -> None:
    db.close()
    damage(db.path, how)
    damaged_bytes = db.path.read_bytes()
    assert check_database(db.path)[0] != []
    with pytest.raises(StoreError):
        Database.open(db.path)
    kept = restore_backup(db.path, backup)
    assert kept is not None and kept.exists()
    if how == "header":  # SQLite cannot read it at all: kept byte for byte
        assert kept.read_bytes() == damaged_bytes
    with Database.open(db.path) as reopened:
        assert [o.name for o in stakeholders.list_organizations(reopened)] == ["Before"]


def test_restore_into_a_missing_database(tmp_path: Path, backup: Path, db: Database) -> None:
    target = tmp_path / "new" / "itsm.db"
    assert restore_backup(target, backup) is None
    assert _names(target) == ["Before"]


def test_restore_never_replays_a_stale_journal(db: Database, backup: Path) -> None:
    # a process that died with committed data still only in the WAL file
    script = ("import os, sys\nfrom itsm_desktop.store import Database\n"
              "from itsm_desktop.services import stakeholders\n"
              "from itsm_desktop.domain.forms import OrganizationForm\n"
              "db = Database.open(sys.argv[1])\n"
              "stakeholders.create_organization(db, form=OrganizationForm(name='Only in the WAL'))\n"
              "os.kill(os.getpid(), 9)\n")
    db.close()
    subprocess.run([PYTHON, "-c", script, str(db.path)], env=python_env(), check=False, timeout=60)
    assert db.path.with_name("itsm.db-wal").stat().st_size > 0
    kept = restore_backup(db.path, backup)
    assert kept is not None and "Only in the WAL" in _names(kept)  # kept with the WAL's content
    with Database.open(db.path) as reopened:
        assert [o.name for o in stakeholders.list_organizations(reopened)] == ["Before"]
    assert check_database(db.path)[0] == []


def _unchanged(db_path: Path, before: bytes) -> None:
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-restore*"))
    assert not list(db_path.parent.glob(".*restore*"))


def _bad_backups(tmp_path: Path, good: Path) -> dict[str, Path]:
    bad = {}
    bad["text"] = tmp_path / "notes.db"
    bad["text"].write_text("just some notes")
    bad["empty"] = tmp_path / "empty.db"
    bad["empty"].write_bytes(b"")
    bad["foreign"] = tmp_path / "foreign.db"
    with closing(sqlite3.connect(bad["foreign"])) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    bad["newer"] = tmp_path / "newer.db"
    bad["newer"].write_bytes(good.read_bytes())
    with closing(sqlite3.connect(bad["newer"])) as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        con.commit()
    bad["damaged"] = tmp_path / "damaged.db"
    bad["damaged"].write_bytes(good.read_bytes())
    damage(bad["damaged"])
    bad["broken-keys"] = tmp_path / "broken-keys.db"
    bad["broken-keys"].write_bytes(good.read_bytes())
    with closing(sqlite3.connect(bad["broken-keys"])) as con:
        con.execute("INSERT INTO contact (organization_id, name, job_title, email, phone, notes, active,"
                    " search_text, created_at, updated_at, version) VALUES (999, 'Orphan', '', '', '',"
                    " '', 1, '', '2026-01-01', '2026-01-01', 1)")
        con.commit()
    return bad


@pytest.mark.parametrize("kind", ["text", "empty", "foreign", "newer", "damaged", "broken-keys", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(db: Database, backup: Path, tmp_path: Path,
                                                          kind: str) -> None:
    bad = _bad_backups(tmp_path, backup)
    chosen = bad.get(kind, tmp_path / "missing.db")
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(StoreError) as caught:
        restore_backup(db.path, chosen)
    assert "\n" not in str(caught.value)
    _unchanged(db.path, before)


def test_restore_refuses_the_database_itself(db: Database) -> None:
    db.close()
    with pytest.raises(StoreError):
        restore_backup(db.path, db.path)


def test_restore_while_the_database_is_open_here(db: Database, backup: Path) -> None:
    # the database is written in place, through SQLite: a connection kept open goes on safely
    kept = restore_backup(db.path, backup, busy_timeout=0.2)
    assert kept is not None and _names(kept) == ["After", "Before"]
    assert [o.name for o in stakeholders.list_organizations(db)] == ["Before"]
    _org(db, "Saved after the restore")
    assert _names(db.path) == ["Before", "Saved after the restore"]
    assert check_database(db.path)[0] == []


def test_restore_while_another_process_has_it_open(db: Database, backup: Path) -> None:
    db.close()
    script = ("import sys\nfrom itsm_desktop.store import Database\n"
              "from itsm_desktop.services import stakeholders\n"
              "from itsm_desktop.domain.forms import OrganizationForm\n"
              "db = Database.open(sys.argv[1])\n"
              "print([o.name for o in stakeholders.list_organizations(db)], flush=True)\n"
              "sys.stdin.readline()  # the restore happens now\n"
              "print([o.name for o in stakeholders.list_organizations(db)], flush=True)\n"
              "stakeholders.create_organization(db, form=OrganizationForm(name='Other'))\n"
              "print('saved', flush=True)\n")
    other = subprocess.Popen([PYTHON, "-c", script, str(db.path)], env=python_env(),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "['After', 'Before']"
        kept = restore_backup(db.path, backup, busy_timeout=5)
        other.stdin.write("go\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "['Before']"  # it sees the restored records
        assert other.stdout.readline().strip() == "saved"
    finally:
        other.kill()
        other.wait(10)
    assert kept is not None and _names(kept) == ["After", "Before"]
    with Database.open(db.path) as reopened:
        assert [o.name for o in stakeholders.list_organizations(reopened)] == ["Before", "Other"]
    assert check_database(db.path)[0] == []


def test_two_restores_in_one_second_keep_both_copies(db: Database, backup: Path) -> None:
    db.close()
    first = restore_backup(db.path, backup)
    second = restore_backup(db.path, backup)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()


def test_restores_that_chose_the_same_name_for_their_copy_keep_one_each(db: Database, backup: Path) -> None:
    """Two restores started in the same second wish for the same name for the copy they keep;
    the second must not replace the first one's copy, which alone holds the saves before it."""
    _org(db, "Between")
    wanted = db.path.with_name("itsm.before-restore-same-second.db")
    first_stage = stage_copy(backup, db.path)
    first = restore_staged(db.path, first_stage, wanted, busy_timeout=5)
    _org(db, "After the first restore")
    second_stage = stage_copy(backup, db.path)
    second = restore_staged(db.path, second_stage, wanted, busy_timeout=5)
    for staged in (first_stage, second_stage):
        staged.unlink()
    assert first == wanted and second == wanted.with_name("itsm.before-restore-same-second-2.db")
    assert "Between" in _names(first)
    assert "After the first restore" in _names(second)


def test_a_copy_published_under_a_taken_name_goes_beside_it(tmp_path: Path) -> None:
    taken = tmp_path / "copy.db"
    taken.write_bytes(b"first")
    tmp = tmp_path / "new.part"
    tmp.write_bytes(b"second")
    assert publish_new(tmp, taken) == tmp_path / "copy-2.db"
    assert taken.read_bytes() == b"first" and (tmp_path / "copy-2.db").read_bytes() == b"second"
    assert not tmp.exists()


def test_a_backup_taken_during_saves_is_always_consistent(db: Database, tmp_path: Path) -> None:
    stop = threading.Event()

    def keep_saving() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            _org(db, f"Busy {n}")

    saver = threading.Thread(target=keep_saving)
    saver.start()
    try:
        copies = [backup_database(db, output=tmp_path / f"copy-{i}.db") for i in range(5)]
    finally:
        stop.set()
        saver.join()
    for copy in copies:
        assert check_database(copy)[0] == []
        with closing(sqlite3.connect(copy)) as con:
            orgs = con.execute("SELECT count(*) FROM organization").fetchone()[0]
            created = con.execute("SELECT count(*) FROM history_entry WHERE action = 'created'").fetchone()[0]
        assert orgs == created  # each save is in the copy with its history, or not at all


def test_backup_files_are_private(db: Database, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    old = os.umask(0)
    try:
        copy = backup_database(db, output=tmp_path / "open" / "copy.db")
        automatic = auto_backup(db, now=NOON)
    finally:
        os.umask(old)
    assert automatic is not None
    for path in (copy, automatic):
        assert path.stat().st_mode & 0o777 == 0o600
    assert automatic.parent.stat().st_mode & 0o777 == 0o700
