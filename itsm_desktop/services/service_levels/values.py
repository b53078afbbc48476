"""Achieved values as stored: computed ones recorded, hand-entered ones with a note, and the
lock on a closed period.

A value of a period that has ended is locked when it is stored; changing it afterwards needs
a deliberate :func:`reopen_value` first (with a reason, in the history). Every change of a
stored value is in the history, entity ``achieved_value``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from itsm_desktop.domain.enums import (
    HistoryAction,
    MeasurementPeriod,
    Metric,
    TargetUnit,
    ValueSource,
)
from itsm_desktop.domain.errors import ItsmError, ValidationError
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.targets import status_of
from itsm_desktop.domain.models import AchievedValue, ServiceLevelTarget, utcnow
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.services.common import diff, get_or_404, record_history, touch

from .measure import Measured

ENTITY = "achieved_value"


class LockedValueError(ItsmError):
    """A value of a closed period was to be changed without reopening it."""


_PERIOD_WORDS = {MeasurementPeriod.MONTH: translatable("month"),
                 MeasurementPeriod.QUARTER: translatable("quarter"),
                 MeasurementPeriod.YEAR: translatable("year")}
"""The kind of a measurement period as a word in a sentence ("per month")."""


def _period(label: str, kind: MeasurementPeriod) -> Period:
    try:
        period = Period.parse(label)
    except ValueError as exc:
        raise ValidationError({"period": exc.args[0]}) from None
    if period.kind is not kind:
        raise ValidationError({"period": translatable("This target is measured per {kind}; {label} is not a {kind}.",
                                                      kind=_PERIOD_WORDS[kind], label=label)})
    return period


def is_closed(period: Period, zone: str, now: datetime) -> bool:
    return period.bounds(zone)[1] <= int(now.timestamp())


def _values(row: AchievedValue) -> dict[str, Any]:
    return {k: getattr(row, k) for k in ("value", "source", "note", "status", "locked")}


def _save(session: Session, row: AchievedValue, changes: dict[str, Any], summary: str) -> bool:
    """Apply ``changes``; record them in the history. Whether anything changed."""
    before = _values(row)
    for key, value in changes.items():
        setattr(row, key, value)
    delta = diff(before, _values(row))
    if row.id is not None and not delta:
        return False
    action = HistoryAction.CREATED if row.id is None else HistoryAction.UPDATED
    if row.id is not None:
        touch(row)
    session.add(row)
    session.flush()
    assert row.id is not None
    record_history(session, entity=ENTITY, entity_id=row.id, action=action, summary=summary,
                   changes={"target_id": [None, row.target_id], "period": [None, row.period], **delta}
                   if action is HistoryAction.CREATED else delta)
    return True


def _stored(session: Session, target_id: int, label: str) -> AchievedValue | None:
    return session.exec(select(AchievedValue).where(AchievedValue.target_id == target_id,
                                                    AchievedValue.period == label)).first()


def _check_value(target: ServiceLevelTarget, value: float | None) -> None:
    if value is None:
        return
    if target.metric in (Metric.AVAILABILITY, Metric.CUSTOMER_SATISFACTION,
                         Metric.FIRST_CONTACT_RESOLUTION) or target.unit is TargetUnit.PERCENT:
        if not 0 <= value <= 100:
            raise ValidationError({"value": "A percentage lies between 0 and 100."})
    elif value < 0:
        raise ValidationError({"value": "The value cannot be negative."})


def enter_value(db: Any, *, target_id: int, period: str, value: float | None, note: str,
                zone: str = "UTC", now: datetime | None = None) -> AchievedValue:
    """Store a hand-entered value (in the target's unit) with a note saying where it comes from."""
    now = now or datetime.now(UTC)
    with db.write() as session:
        target = get_or_404(session, ServiceLevelTarget, target_id)  # type: ignore[type-var]
        if target.metric in (Metric.RESPONSE_TIME, Metric.RESOLUTION_TIME, Metric.AVAILABILITY):
            raise ValidationError({"value": translatable("{metric} is computed from the imported records; "
                                                         "import them instead of entering a value.",
                                                         metric=target.metric.label)})
        label = _period(period, target.period).label
        _check_value(target, value)
        if not note.strip():
            raise ValidationError({"note": translatable("Say where a value entered by hand comes from.")})
        row = _stored(session, target_id, label) or AchievedValue(target_id=target_id, period=label)
        if row.locked:
            raise LockedValueError(translatable("The value of {period} is locked because the period is closed; "
                                                "reopen it first.", period=label))
        closed = is_closed(_period(label, target.period), zone, now)
        _save(session, row, {"value": value, "source": ValueSource.MANUAL, "note": note.strip(),
                             "status": status_of(target, value), "locked": closed},
              f"Entered {value if value is not None else 'no value'} for {label} by hand")
        return row


def reopen_value(db: Any, *, target_id: int, period: str, reason: str) -> AchievedValue:
    """Unlock a closed period's value so it can change again; the reason goes to the history."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why a closed period is reopened."})
    with db.write() as session:
        row = _stored(session, target_id, period.strip())
        if row is None:
            raise ItsmError(f"There is no value of {period} to reopen.")
        _save(session, row, {"locked": False}, f"Reopened {row.period}: {reason.strip()}")
        return row


def record_computed(db: Any, results: Iterable[Measured], *, zone: str = "UTC",
                    now: datetime | None = None) -> int:
    """Store computed values; values entered by hand and locked ones stay. How many changed.

    The stored values are read in one query and written in one flush: a page of 200 targets
    over 24 periods is 4,800 values."""
    now = now or datetime.now(UTC)
    wanted = [r for r in results if r.computable]
    if not wanted:
        return 0
    with db.write() as session:
        stored = stored_values(session, {r.target_id for r in wanted}, {r.period.label for r in wanted})
        changed: list[tuple[AchievedValue, bool, dict[str, Any]]] = []
        for result in wanted:
            row = stored.get((result.target_id, result.period.label))
            if row is not None and (row.locked or row.source is ValueSource.MANUAL):
                continue
            fresh = row is None
            row = row or AchievedValue(target_id=result.target_id, period=result.period.label,
                                       created_at=utcnow())
            before = _values(row)
            row.value, row.source, row.status = result.value, ValueSource.COMPUTED, result.status
            row.locked = is_closed(result.period, zone, now)
            delta = diff(before, _values(row))
            if fresh or delta:
                if not fresh:
                    touch(row)
                session.add(row)
                changed.append((row, fresh, delta))
        session.flush()
        for row, fresh, delta in changed:
            assert row.id is not None
            record_history(session, entity=ENTITY, entity_id=row.id,
                           action=HistoryAction.CREATED if fresh else HistoryAction.UPDATED,
                           summary=translatable("Computed {period}", period=row.period),
                           changes={"target_id": [None, row.target_id], "period": [None, row.period], **delta}
                           if fresh else delta)
    return len(changed)


def stored_values(session: Session, target_ids: Iterable[int], labels: Iterable[str]) -> dict[tuple[int, str], AchievedValue]:
    """The stored values of some targets and periods, by (target id, period label)."""
    rows = session.exec(select(AchievedValue).where(col(AchievedValue.target_id).in_(list(target_ids)),
                                                    col(AchievedValue.period).in_(list(labels)))).all()
    return {(r.target_id, r.period): r for r in rows}
