"""Achieved values stored: hand entry with a note, computed values, closed periods locked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from itsm_desktop.domain.enums import Metric, TargetUnit, ValueSource
from itsm_desktop.domain.errors import ValidationError
from itsm_desktop.domain.forms import TargetRow
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.services.service_levels.measure import measure
from itsm_desktop.services.service_levels.report import build_report
from itsm_desktop.services.service_levels.scopes import target_scopes
from itsm_desktop.services.service_levels.values import (
    LockedValueError,
    enter_value,
    record_computed,
    reopen_value,
)
from itsm_desktop.store import Database

from .helpers import add_outages

DURING = datetime(2026, 11, 20, 12, tzinfo=UTC)
AFTER = datetime(2026, 12, 5, 12, tzinfo=UTC)


@pytest.fixture
def targets(make):  # type: ignore[no-untyped-def]
    service = make.service("MAIL", name="Mail", hours={"always": True, "days": {}})
    agreement = make.agreement(services=[service], targets=[
        TargetRow(metric=Metric.AVAILABILITY, value=99.5, service_id=service.id),
        TargetRow(metric=Metric.CUSTOMER_SATISFACTION, value=80, unit=TargetUnit.PERCENT, warning_threshold=85)])
    return agreement


def _ids(sql) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = sql("SELECT id FROM service_level_target ORDER BY position, id")
    return rows[0][0], rows[1][0]


def _history(sql) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return sql("SELECT action, summary, changes FROM history_entry WHERE entity = 'achieved_value' ORDER BY id")


def test_hand_entered_value_needs_a_note_and_takes_its_status_from_the_threshold(db: Database, targets, sql) -> None:  # type: ignore[no-untyped-def]
    _, satisfaction = _ids(sql)
    with pytest.raises(ValidationError):
        enter_value(db, target_id=satisfaction, period="2026-11", value=90, note=" ", now=DURING)
    with pytest.raises(ValidationError):
        enter_value(db, target_id=satisfaction, period="2026-11", value=120, note="survey", now=DURING)
    assert sql("SELECT count(*) FROM achieved_value") == [(0,)]
    for value, status in ((90, Status.MET), (82, Status.AT_RISK), (79.9, Status.BREACHED)):
        row = enter_value(db, target_id=satisfaction, period="2026-11", value=value, note="Survey of 40", now=DURING)
        assert (row.status, row.source, row.locked) == (status, ValueSource.MANUAL, False)
    assert [h[0] for h in _history(sql)] == ["created", "updated", "updated"]
    report = build_report(db, reference=targets.reference, period="2026-11", now=DURING)
    line = next(line for line in report.lines if line.target == "Customer satisfaction")
    assert (line.achieved, line.status, line.note) == (79.9, Status.BREACHED, "Survey of 40")


def test_computed_targets_are_not_entered_by_hand(db: Database, targets, sql) -> None:  # type: ignore[no-untyped-def]
    availability, _ = _ids(sql)
    with pytest.raises(ValidationError, match="computed from the imported records"):
        enter_value(db, target_id=availability, period="2026-11", value=99.9, note="guess")


def test_closed_period_is_locked_until_reopened_deliberately(db: Database, targets, sql) -> None:  # type: ignore[no-untyped-def]
    availability, satisfaction = _ids(sql)
    row = enter_value(db, target_id=satisfaction, period="2026-11", value=90, note="Survey", now=AFTER)
    assert row.locked
    with pytest.raises(LockedValueError, match="locked"):
        enter_value(db, target_id=satisfaction, period="2026-11", value=70, note="Late answers", now=AFTER)
    assert sql("SELECT value FROM achieved_value") == [(90.0,)]
    with pytest.raises(ValidationError):
        reopen_value(db, target_id=satisfaction, period="2026-11", reason="")
    reopen_value(db, target_id=satisfaction, period="2026-11", reason="Late survey answers arrived")
    enter_value(db, target_id=satisfaction, period="2026-11", value=70, note="Late answers", now=AFTER)
    assert sql("SELECT value, locked FROM achieved_value") == [(70.0, 1)]
    assert any(h[1] == "Reopened 2026-11: Late survey answers arrived" for h in _history(sql))


def test_computed_values_are_recorded_locked_once_closed_and_then_kept(db: Database, targets, sql) -> None:  # type: ignore[no-untyped-def]
    availability, _ = _ids(sql)
    add_outages(db, [["OUT-1", "MAIL", "2026-11-10 10:00", "2026-11-10 12:00", "no", ""]])

    def results(now: datetime):  # type: ignore[no-untyped-def]
        with db.read() as session:
            scopes = target_scopes(session, targets.id, zone="UTC")
        out = measure(db, scopes, first=Period.parse("2026-11"), as_of=min(now, AFTER.replace(day=1, hour=0)),
                      zone="UTC")
        return [m for rows in out.values() for m in rows]

    assert record_computed(db, results(DURING), now=DURING) == 1
    assert sql("SELECT target_id, period, source, status, locked FROM achieved_value") == [
        (availability, "2026-11", "computed", "met", 0)]
    assert record_computed(db, results(DURING), now=DURING) == 0  # nothing new: no history either
    assert record_computed(db, results(AFTER), now=AFTER) == 1  # the month ends: locked
    locked = sql("SELECT value, locked FROM achieved_value")
    assert locked[0][1] == 1
    add_outages(db, [["OUT-2", "MAIL", "2026-11-11 10:00", "2026-11-11 22:00", "no", ""]])
    assert record_computed(db, results(AFTER), now=AFTER) == 0
    assert sql("SELECT value, locked FROM achieved_value") == locked
    assert len(_history(sql)) == 2
