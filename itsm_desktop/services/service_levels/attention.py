"""Breached and at-risk targets for the Home page's attention list."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import col, select

from itsm_desktop.domain.enums import AgreementStatus, MeasurementPeriod, ValueSource
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.models import AchievedValue, Agreement, ServiceLevelTarget
from itsm_desktop.services.dashboard import AttentionItem

from .report import achieved_text, describe_target, promised_text, service_names

ENTITY = "service_level_target"  # the Service Levels page shows these


def service_level_alerts(db: object, *, today: date | None = None, limit: int | None = None) -> list[AttentionItem]:
    """Targets of active agreements breached or at risk in the current period or the one
    before it (the one the review is about), breaches first, the latest period first."""
    today = today or datetime.now(UTC).date()
    labels = set()
    for kind in (MeasurementPeriod.MONTH, MeasurementPeriod.QUARTER):
        current = Period.containing(today, kind)
        labels |= {current.label, current.previous.label}
    with db.read() as session:  # type: ignore[attr-defined]
        rows = session.exec(
            select(AchievedValue, ServiceLevelTarget, Agreement.reference)
            .join(ServiceLevelTarget, col(ServiceLevelTarget.id) == col(AchievedValue.target_id))
            .join(Agreement, col(Agreement.id) == col(ServiceLevelTarget.agreement_id))
            .where(Agreement.status == AgreementStatus.ACTIVE, col(AchievedValue.period).in_(labels),
                   col(AchievedValue.status).in_([Status.BREACHED, Status.AT_RISK]))).all()
        names = service_names(session, (target for _value, target, _reference in rows))
    rows = sorted(rows, key=lambda r: (r[2], r[1].position))
    rows.sort(key=lambda r: r[0].period, reverse=True)  # stable sorts: the latest period first,
    rows.sort(key=lambda r: r[0].status is not Status.BREACHED)  # and breaches before all
    items = []
    for value, target, reference in rows[:limit]:
        service = names.get(target.service_id, "all services") if target.service_id else "all services"
        word = "Breached" if value.status is Status.BREACHED else "At risk"
        items.append(AttentionItem(
            ENTITY, int(target.id), f"{reference} — {describe_target(target)}, {service}",  # type: ignore[arg-type]
            f"{word} in {value.period}: {achieved_text(target.metric, target.unit, value.value, value.source is ValueSource.COMPUTED)} against "
            f"{promised_text(target)}", urgent=value.status is Status.BREACHED))
    return items

