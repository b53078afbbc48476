"""Two instances on one database: separate saves both land, a stale save is refused whole."""

from __future__ import annotations

import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from itsm_desktop.domain.errors import ConflictError
from itsm_desktop.domain.forms import OrganizationForm
from itsm_desktop.services import stakeholders
from itsm_desktop.services.maintenance import check_database, conflict_changes, history_of
from itsm_desktop.store import Database, StoreError

from .safety_helpers import HERE, KINDS, PYTHON, Kind, python_env

EDITOR = HERE / "editor_process.py"


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second, independent Database on the same file: another window or instance."""
    second = Database.open(db.path)
    try:
        yield second
    finally:
        second.close()


@pytest.mark.parametrize("kind", KINDS, ids=[k.entity for k in KINDS])
def test_edits_to_different_records_both_land(db: Database, other: Database, make, kind: Kind) -> None:
    first, second = kind.make(make), kind.make(make)
    v1, form1 = kind.load(db, first.id)
    v2, form2 = kind.load(other, second.id)
    setattr(form1, kind.field, "saved by the first window")
    setattr(form2, kind.field, "saved by the second window")
    kind.save(db, first.id, v1, form1)
    kind.save(other, second.id, v2, form2)
    assert getattr(kind.load(other, first.id)[1], kind.field) == "saved by the first window"
    assert getattr(kind.load(db, second.id)[1], kind.field) == "saved by the second window"


@pytest.mark.parametrize("kind", KINDS, ids=[k.entity for k in KINDS])
def test_a_stale_save_is_refused_and_overwrites_nothing(db: Database, other: Database, make,
                                                        kind: Kind) -> None:
    record = kind.make(make)
    version, mine = kind.load(db, record.id)
    _same, theirs = kind.load(other, record.id)
    loaded = kind.load(other, record.id)[1]
    setattr(mine, kind.field, "first save wins")
    setattr(theirs, kind.field, "second save is stale")
    kind.save(db, record.id, version, mine)
    entries = len(history_of(db, kind.entity, record.id))
    with pytest.raises(ConflictError) as caught:
        kind.save(other, record.id, version, theirs)
    assert caught.value.record_id == record.id
    assert caught.value.expected == version and caught.value.actual == version + 1
    new_version, now = kind.load(db, record.id)
    assert new_version == version + 1
    assert getattr(now, kind.field) == "first save wins"
    assert len(history_of(db, kind.entity, record.id)) == entries  # no trace of the refused save
    # what the conflict message shows: what the other window changed since this one loaded
    changes = conflict_changes(other, kind.entity, record.id, loaded)
    assert changes == {kind.field: [getattr(loaded, kind.field), "first save wins"]}


def test_a_save_over_a_record_deleted_elsewhere_is_a_conflict(db: Database, other: Database, make) -> None:
    org = make.customer("Short-lived")
    loaded = stakeholders.organization_form(org)
    stakeholders.delete_organization(db, organization_id=org.id)
    form = stakeholders.organization_form(org)
    form.notes = "too late"
    with pytest.raises(ConflictError) as caught:
        stakeholders.update_organization(other, organization_id=org.id, version=org.version, form=form)
    assert caught.value.actual is None
    assert conflict_changes(other, "organization", org.id, loaded) is None
    assert stakeholders.list_organizations(db) == []


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE organization SET notes = 'uncommitted' WHERE 0")
        started.set()
        time.sleep(seconds)
        con.execute("COMMIT")


def test_a_save_waits_for_another_writer_and_then_lands(db: Database, other: Database, make) -> None:
    org = make.customer("Waiting")
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db.path, 0.6, started))
    holder.start()
    try:
        assert started.wait(5)
        t0 = time.monotonic()
        form = stakeholders.organization_form(org)
        form.notes = "after the wait"
        saved = stakeholders.update_organization(other, organization_id=org.id, version=org.version,
                                                 form=form)
        waited = time.monotonic() - t0
    finally:
        holder.join()
    assert waited >= 0.3
    assert saved.version == org.version + 1
    assert stakeholders.get_organization(db, org.id).notes == "after the wait"


def test_a_save_blocked_beyond_the_busy_timeout_fails_cleanly(db: Database, make) -> None:
    org = make.customer("Blocked")
    impatient = Database.open(db.path, busy_timeout=0.2)
    try:
        with closing(sqlite3.connect(db.path, isolation_level=None)) as holder:
            holder.execute("BEGIN IMMEDIATE")
            form = stakeholders.organization_form(org)
            form.notes = "never saved"
            with pytest.raises(StoreError, match="busy"):
                stakeholders.update_organization(impatient, organization_id=org.id, version=org.version,
                                                 form=form)
            with pytest.raises(StoreError, match="busy"):
                stakeholders.create_organization(impatient, form=OrganizationForm(name="Nor this"))
            holder.execute("ROLLBACK")
        # nothing half-done: same version, no history, and the next try lands
        assert stakeholders.get_organization(db, org.id).version == org.version
        assert [h.action.value for h in history_of(db, "organization", org.id)] == ["created"]
        saved = stakeholders.update_organization(impatient, organization_id=org.id, version=org.version,
                                                 form=form)
        assert saved.notes == "never saved"
    finally:
        impatient.close()
    assert check_database(db.path)[0] == []


# --- separate processes ----------------------------------------------------------------


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([PYTHON, str(EDITOR), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=python_env())


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return out.strip().splitlines()[-1]


def _race(db: Database, tmp_path: Path, targets: list[tuple[int, int]]) -> list[str]:
    """Start one process per (org id, version), let them save at the same moment."""
    go = tmp_path / "go"
    procs = [_start("once", str(db.path), str(org_id), str(version), f"process {n}", str(go))
             for n, (org_id, version) in enumerate(targets)]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    go.touch()
    return [_finish(proc) for proc in procs]


def test_two_processes_editing_different_records_both_land(db: Database, make, tmp_path: Path) -> None:
    a, b = make.customer("A"), make.customer("B")
    results = _race(db, tmp_path, [(a.id, a.version), (b.id, b.version)])
    assert results == ["saved 2", "saved 2"]
    assert stakeholders.get_organization(db, a.id).notes == "process 0"
    assert stakeholders.get_organization(db, b.id).notes == "process 1"


def test_two_processes_saving_the_same_record_one_conflicts(db: Database, make, tmp_path: Path) -> None:
    org = make.customer("Contested")
    results = _race(db, tmp_path, [(org.id, org.version), (org.id, org.version)])
    assert sorted(results) == ["conflict", "saved 2"]
    winner = results.index("saved 2")
    saved = stakeholders.get_organization(db, org.id)
    assert saved.version == 2 and saved.notes == f"process {winner}"
    updates = [h for h in history_of(db, "organization", org.id) if h.action.value == "updated"]
    assert len(updates) == 1 and updates[0].changes == {"notes": ["", f"process {winner}"]}


def test_two_processes_never_lose_an_update(db: Database, make) -> None:
    org = make.customer("Counter")
    times = 15
    procs = [_start("increment", str(db.path), str(org.id), str(times)) for _ in range(2)]
    results = [_finish(proc) for proc in procs]
    assert all(r.startswith("done ") for r in results)
    final = stakeholders.get_organization(db, org.id)
    assert final.notes == str(2 * times)  # every read-modify-write counted: none overwritten
    assert final.version == 1 + 2 * times
    assert check_database(db.path)[0] == []
