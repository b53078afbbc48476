"""Breached and at-risk targets for the Home page's attention list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import col, select

from itsm_desktop.domain.enums import (
    AgreementStatus,
    MeasurementPeriod,
    Metric,
    TargetUnit,
    ValueSource,
)
from itsm_desktop.domain.measurement.periods import Period
from itsm_desktop.domain.measurement.status import Status
from itsm_desktop.domain.models import AchievedValue, Agreement, ServiceLevelTarget
from itsm_desktop.services.dashboard import AttentionItem

from .report import ALL_SERVICES, achieved_text, describe_target, promised_text, service_names

ENTITY = "service_level_target"  # the Service Levels page shows these


@dataclass(frozen=True)
class ServiceLevelAlert(AttentionItem):
    """A breached or at-risk target, its title and detail in English (the command line, logs)
    and the facts the screens word in their own language."""

    agreement: str = ""
    target: str = ""  # "Resolution time P1" (a marked sentence)
    service: str = ""  # its service's name, or "All services" (marked)
    period: str = ""
    metric: Metric = Metric.CUSTOM
    unit: TargetUnit = TargetUnit.PERCENT
    target_value: float = 0.0
    value: float | None = None
    computed: bool = False


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
    items: list[AttentionItem] = []
    for value, target, reference in rows[:limit]:
        service = names.get(target.service_id, ALL_SERVICES) if target.service_id else ALL_SERVICES
        word = "Breached" if value.status is Status.BREACHED else "At risk"
        computed = value.source is ValueSource.COMPUTED
        name = describe_target(target)
        items.append(ServiceLevelAlert(
            ENTITY, int(target.id), f"{reference} — {name}, {service}",  # type: ignore[arg-type]
            f"{word} in {value.period}: {achieved_text(target.metric, target.unit, value.value, computed)} against "
            f"{promised_text(target)}", urgent=value.status is Status.BREACHED, agreement=reference, target=name,
            service=service, period=value.period, metric=target.metric, unit=target.unit, target_value=target.value,
            value=value.value, computed=computed))
    return items
