"""Races between real processes: a restore paused at each step while another process opens
and saves, two instances starting at once on an older schema, and a process that opens its
database twice (once a plain ``open()`` of the file dropped its locks and let another process
delete the write-ahead log under it)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.maintenance import backup_database, check_database, restore_backup
from itsm_desktop.store import Database, migrate

from .app_process import deleted_journals
from .safety_helpers import HERE, PYTHON, python_env

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/PID/fd")

APP = HERE / "app_process.py"


def _names(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
        return {r[0] for r in con.execute("SELECT name FROM organization")}


def _saver(path: Path, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen([PYTHON, str(APP), "save", str(path), name], env=python_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finished(proc: subprocess.Popen[str]) -> list[str]:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and "Traceback" not in err, err
    return out.split("\n")[:-1]


def test_restore_paused_at_each_step_while_another_process_opens_and_saves(db: Database,
                                                                           tmp_path: Path) -> None:
    stakeholders.create_organization(db, form=OrganizationForm(name="In the backup"))
    backup = backup_database(db, output=tmp_path / "saved" / "backup.db")
    stakeholders.create_organization(db, form=OrganizationForm(name="Saved before the restore"))
    db.close()
    blocked: dict[str, subprocess.Popen[str]] = {}
    finished: dict[str, list[str]] = {}

    def pause(step: str) -> None:
        proc = _saver(db.path, f"Saved at {step}")
        if step in ("locked", "kept"):
            # the restore holds the write lock: the other process opens, reads, and waits to save
            time.sleep(1.5)
            assert proc.poll() is None, proc.communicate()
            blocked[step] = proc
        else:
            finished[step] = _finished(proc)

    kept = restore_backup(db.path, backup, busy_timeout=5, on_step=pause)
    for step, proc in blocked.items():
        finished[step] = _finished(proc)
    assert set(finished) == {"staged", "locked", "kept", "restored"}
    assert all(lines == ["saved"] for lines in finished.values()), finished  # and no deleted journal held
    assert kept is not None
    # committed before the lock: in the kept copy (the restore replaced it); after: in the database
    assert _names(kept) == {"In the backup", "Saved before the restore", "Saved at staged"}
    assert _names(db.path) == {"In the backup", "Saved at locked", "Saved at kept", "Saved at restored"}
    for path in (db.path, kept):
        assert check_database(path)[0] == []


def test_restore_under_a_busy_writer_waits_or_says_so(db: Database, tmp_path: Path) -> None:
    backup = backup_database(db, output=tmp_path / "backup.db")
    with closing(sqlite3.connect(db.path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a long save
        with pytest.raises(Exception, match="busy") as caught:
            restore_backup(db.path, backup, busy_timeout=0.2)
        writer.execute("ROLLBACK")
    assert "\n" not in str(caught.value)
    assert not list(db.path.parent.glob("*before-restore*"))
    assert not [p for p in db.path.parent.iterdir() if p.name.endswith(".part")]


def _older_database(path: Path, revision: str = "0002") -> None:
    """A database as an older release left it, with a record."""
    engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool)
    with engine.connect() as connection:
        migrate.upgrade(connection, revision)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organization (name, code, kind, email, phone, website, address, notes, active, "
            "search_text, created_at, updated_at, version) VALUES ('Finance', '', 'customer', '', '', '', "
            "'', '', 1, 'finance', '2026-01-01', '2026-01-01', 1)")
    engine.dispose()


def _two_at_once(commands: list[list[str]], env: dict[str, str]) -> list[subprocess.CompletedProcess[str]]:
    go = time.time() + 1.5  # both start their work at the same instant
    script = "import sys, time, runpy; time.sleep(max(0, float(sys.argv[1]) - time.time())); " \
             "sys.argv = sys.argv[2:]; runpy.run_module(sys.argv[0], run_name='__main__')"
    procs = [subprocess.Popen([PYTHON, "-c", script, str(go), *cmd], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for cmd in commands]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


@pytest.mark.parametrize("trial", range(3))
def test_two_command_line_instances_start_at_once_on_an_older_schema(tmp_path: Path, trial: int) -> None:
    path = tmp_path / "itsm.db"
    _older_database(path)
    outputs = [tmp_path / f"catalog-{i}.pdf" for i in range(2)]
    results = _two_at_once([["itsm_desktop", "--database", str(path), "export-catalog", "-o", str(out)]
                            for out in outputs], python_env())
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 0 or len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert any(r.returncode == 0 for r in results)
    copies = sorted(tmp_path.glob("itsm.before-upgrade-*.db"))
    assert len(copies) == 1  # one instance upgraded; the other found the schema current
    with closing(sqlite3.connect(copies[0])) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    assert not [p.name for p in tmp_path.iterdir() if ".part" in p.name]
    assert check_database(path)[0] == []
    with Database.open(path) as db:
        assert [o.name for o in stakeholders.list_organizations(db)] == ["Finance"]


def test_two_windows_start_at_once_on_an_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "itsm.db"
    _older_database(path)
    env = python_env()
    env.update(QT_QPA_PLATFORM="offscreen", ITSM_DESKTOP_EXIT_AFTER_PAINT="1",
               ITSM_DESKTOP_SETTINGS=str(tmp_path / "settings.ini"))
    results = _two_at_once([["itsm_desktop", "--database", str(path)]] * 2, env)
    for result in results:  # both windows painted: no traceback, no dialog left waiting
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "first paint" in result.stdout
    assert len(list(tmp_path.glob("itsm.before-upgrade-*.db"))) == 1


def test_opening_the_database_again_keeps_this_process_locks(tmp_path: Path) -> None:
    path = tmp_path / "itsm.db"
    db = Database.open(path)
    try:
        stakeholders.create_organization(db, form=OrganizationForm(name="First"))
        Database.open(path).close()  # a second window on the same file, closed again
        # another process comes and goes: it must not take itself for the last connection
        assert _finished(_saver(path, "Other")) == ["saved"]
        stakeholders.create_organization(db, form=OrganizationForm(name="Second"))
        assert deleted_journals(os.getpid()) == []
        assert path.with_name("itsm.db-wal").exists()
    finally:
        db.close()
    assert _names(path) == {"First", "Other", "Second"}


def test_the_save_process_reports_deleted_journals(tmp_path: Path) -> None:
    # the detector itself: a journal file this process holds after it was deleted
    victim = tmp_path / "x.db-wal"
    victim.write_bytes(b"")
    with victim.open("rb"):
        victim.unlink()
        assert deleted_journals() == [f"{victim} (deleted)"]
    assert sys.platform.startswith("linux")
