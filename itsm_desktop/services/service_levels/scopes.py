"""An agreement's targets as the measurement sees them: services covered, their service hours
and the agreement's support hours."""

from __future__ import annotations

from sqlmodel import Session, col, select

from itsm_desktop.domain.models import Agreement, AgreementService, Service, ServiceLevelTarget

from .calendars import service_calendar, support_calendar, widest
from .measure import TargetScope


def target_scopes(session: Session, agreement_id: int, *, zone: str) -> list[TargetScope]:
    """Each target of the agreement, covering its own service or every service of the agreement."""
    agreement = session.get(Agreement, agreement_id)
    support = None if agreement is None else support_calendar(
        agreement.support_calendar, zone=zone, name=agreement.support_hours_name)
    services = session.exec(
        select(Service).join(AgreementService, col(AgreementService.service_id) == col(Service.id))
        .where(AgreementService.agreement_id == agreement_id)).all()
    hours = {s.id: service_calendar(s.hours, zone=zone) for s in services if s.id is not None}
    targets = session.exec(select(ServiceLevelTarget).where(ServiceLevelTarget.agreement_id == agreement_id)
                           .order_by(col(ServiceLevelTarget.position), col(ServiceLevelTarget.id))).all()
    out = []
    for target in targets:
        assert target.id is not None
        covered = frozenset([target.service_id] if target.service_id is not None else hours)
        calendar = hours.get(target.service_id) if target.service_id is not None else None
        if calendar is None:
            calendar = (service_calendar(session.get(Service, target.service_id).hours, zone=zone)  # type: ignore[union-attr]
                        if target.service_id is not None else widest(hours.values(), zone=zone))
        out.append(TargetScope(
            target_id=target.id, metric=target.metric, value=target.value, unit=target.unit,
            priority=target.priority, warning_threshold=target.warning_threshold, period=target.period,
            service_ids=covered, hours=calendar, support=support))
    return out
