"""Crash safety: a writer killed with SIGKILL at random moments never leaves half a save.

The normal run kills the writer a few times; ``ITSM_KILLS=50`` (or ``-m slow``, which runs
50 kills) asks for more.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import col, func
from sqlmodel import select as sql_select

from itsm_desktop.domain.enums import AgreementStatus, HistoryAction
from itsm_desktop.domain.models import (
    Agreement,
    AgreementCustomer,
    AgreementService,
    HistoryEntry,
    Organization,
    Responsibility,
    Service,
    ServiceComponent,
    ServiceLevelTarget,
)
from itsm_desktop.services.maintenance import check_database
from itsm_desktop.store import Database

from .safety_helpers import HERE, PYTHON, python_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

WRITER = HERE / "writer.py"
COMPONENTS = 4
KILLS = int(os.environ.get("ITSM_KILLS", "8"))
SEED = int(os.environ.get("ITSM_KILL_SEED", str(random.SystemRandom().randrange(10**6))))


def _committed(log: Path) -> list[list[str]]:
    """The log lines written whole: a line cut by the kill has no newline yet."""
    if not log.exists():
        return []
    text = log.read_text(encoding="utf-8")
    lines = text.split("\n")[:-1]
    return [line.split()[1:] for line in lines if line.startswith("committed ")]


def _count(session, model, column, value) -> int:  # type: ignore[no-untyped-def]
    return session.exec(sql_select(func.count()).select_from(model).where(column == value)).one()


def verify(db_path: Path, log: Path) -> Counter[str]:
    """Every check that must hold after a kill; returns how many saves of each kind are proven.

    The database is opened first, as the next start of the application would: a writer killed
    before it had created the file, or while the schema was being created, left nothing to
    keep, and opening completes that work.
    """
    Database.open(db_path).close()
    problems, summary = check_database(db_path)
    assert problems == [], summary
    with Database.open(db_path) as db, db.read() as s:
        services = s.exec(sql_select(Service)).all()
        for service in services:
            assert _count(s, ServiceComponent, ServiceComponent.service_id, service.id) == COMPONENTS, \
                f"service {service.code} has some of its components only"
        orgs = {o.id: o for o in s.exec(sql_select(Organization)).all()}
        history = Counter((h.entity, h.entity_id, h.action) for h in s.exec(sql_select(HistoryEntry)).all())
        for org in orgs.values():
            assert history[("organization", org.id, HistoryAction.CREATED)] == 1
            # one history entry per committed update: the record and its history in one save
            assert history[("organization", org.id, HistoryAction.UPDATED)] == org.version - 1
        for service in services:
            assert history[("service", service.id, HistoryAction.CREATED)] == 1
        chain = list(s.exec(sql_select(Agreement).order_by(col(Agreement.revision))).all())
        by_id = {a.id: a for a in chain}
        assert sum(a.status == AgreementStatus.ACTIVE for a in chain) <= 1
        for agreement in chain:
            if agreement.previous_id is None:
                continue
            source = by_id[agreement.previous_id]
            for model in (ServiceLevelTarget, Responsibility, AgreementService, AgreementCustomer):
                assert _count(s, model, model.agreement_id, agreement.id) == \
                    _count(s, model, model.agreement_id, source.id), \
                    f"revision {agreement.revision} has part of its {model.__tablename__} rows"
            assert history[("agreement", agreement.id, HistoryAction.REVISED)] == 1
            if agreement.status in (AgreementStatus.ACTIVE, AgreementStatus.SUPERSEDED) and \
                    agreement.revision > 1:
                assert source.status == AgreementStatus.SUPERSEDED
        proven: Counter[str] = Counter()
        for kind, record_id, *rest in _committed(log):
            rid = int(record_id)
            if kind == "org":
                assert rid in orgs
            elif kind == "service":
                assert s.get(Service, rid) is not None
            elif kind == "org-update":
                assert orgs[rid].version >= int(rest[0])
            elif kind in ("agreement", "revise", "submit"):
                assert rid in by_id
            elif kind == "agreement-update":
                assert by_id[rid].version >= int(rest[0])
            elif kind == "activate":
                assert by_id[rid].status in (AgreementStatus.ACTIVE, AgreementStatus.SUPERSEDED)
            proven[kind] += 1
        return proven


def _wait_ready(proc: subprocess.Popen[bytes], timeout: float) -> bool:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    return bool(ready) and proc.stdout.readline().strip() == b"ready"


def _killed_during_a_save(log: Path) -> bool:
    lines = log.read_text(encoding="utf-8").split("\n")[:-1] if log.exists() else []
    return bool(lines) and lines[-1].startswith("begin ")


def _end_run(log: Path, run: int) -> None:
    """Drop a line the kill cut short (it proves nothing) and mark where the run ended."""
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    log.write_text(text[: text.rfind("\n") + 1] + f"killed {run}\n", encoding="utf-8")


def run_kills(tmp_path: Path, kills: int) -> tuple[Counter[str], int]:
    """Kill the writer ``kills`` times; the saves proven, and how many kills hit a save."""
    rng = random.Random(SEED)
    db_path, log = tmp_path / "itsm.db", tmp_path / "committed.log"
    env = python_env()
    proven: Counter[str] = Counter()
    during_save = 0
    for run in range(kills):
        errors = tmp_path / f"stderr-{run}.txt"
        with errors.open("wb") as stderr:
            proc = subprocess.Popen([PYTHON, str(WRITER), str(db_path), str(log), str(run), str(SEED)],
                                    stdout=subprocess.PIPE, stderr=stderr, env=env)
            try:
                if rng.random() < 0.1:
                    time.sleep(rng.uniform(0.0, 0.8))  # sometimes while it opens the database
                else:
                    assert _wait_ready(proc, 60), f"the writer did not start: {errors.read_text()}"
                    time.sleep(rng.uniform(0.0, 0.4))
                proc.send_signal(signal.SIGKILL)
            finally:
                proc.kill()
                proc.wait(30)
                assert proc.stdout is not None
                proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL, \
            f"the writer stopped on its own (seed {SEED}, run {run}): {errors.read_text()}"
        during_save += _killed_during_a_save(log)
        try:
            proven = verify(db_path, log)
        except AssertionError as exc:
            raise AssertionError(f"after kill {run + 1} (ITSM_KILL_SEED={SEED}): {exc}") from exc
        _end_run(log, run)
    return proven, during_save


def test_killed_writer_leaves_every_save_whole_or_absent(tmp_path: Path) -> None:
    proven, _during_save = run_kills(tmp_path, KILLS)
    # the writer got real work done between the kills, of more than one kind
    assert sum(proven.values()) >= KILLS
    assert len(proven) >= 3


@pytest.mark.slow
def test_fifty_kills(tmp_path: Path) -> None:
    proven, during_save = run_kills(tmp_path, max(50, KILLS))
    assert {"org", "service", "org-update", "revise", "activate"} <= set(proven)
    assert during_save >= 10  # many kills landed while a save was under way
